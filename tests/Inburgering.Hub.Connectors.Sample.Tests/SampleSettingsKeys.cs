namespace Inburgering.Hub.Connectors.Sample.Tests;

/// <summary>The sample connector's setting keys as the hub's configuration spells them.</summary>
internal static class SampleSettingsKeys
{
    public const string InboxPath = "InboxPath";
}

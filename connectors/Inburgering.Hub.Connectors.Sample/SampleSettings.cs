using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Sample;

/// <summary>
/// The connector's settings, read once from <see cref="ConnectorSettings"/> (configuration
/// <c>Hub:Connectors:sample-participatie:Settings:*</c>). Keep every key a constant so the manifest,
/// the reader and the tests agree.
/// </summary>
/// <param name="InboxPath">Folder the <c>*.jsonl</c> files are dropped in.</param>
internal sealed record SampleSettings(string InboxPath)
{
    public const string InboxPathKey = "InboxPath";

    /// <summary>Reads the settings; throws <see cref="ConnectorSettingsException"/> when one is missing or invalid.</summary>
    public static SampleSettings From(ConnectorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new SampleSettings(settings.Require(InboxPathKey));
    }
}

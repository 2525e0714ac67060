using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Duo;

/// <summary>The DUO connector's settings, read and checked from <see cref="ConnectorSettings"/>.</summary>
internal sealed record DuoSettings(string InboxPath, string ProcessedPath, bool MoveProcessed)
{
    public const string InboxPathKey = "InboxPath";
    public const string ProcessedPathKey = "ProcessedPath";
    public const string MoveProcessedKey = "MoveProcessed";

    /// <summary>Reads the settings; throws <see cref="ConnectorSettingsException"/> when they are invalid.</summary>
    public static DuoSettings From(ConnectorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var inbox = settings.Require(InboxPathKey);
        var processed = settings.Get(ProcessedPathKey) ?? Path.Combine(inbox, "processed");
        var moveText = settings.Get(MoveProcessedKey, "true")!;
        if (!bool.TryParse(moveText, out var move))
        {
            throw new ConnectorSettingsException(
                $"Setting '{MoveProcessedKey}' must be 'true' or 'false', not '{moveText}'.");
        }

        return new DuoSettings(inbox, processed, move);
    }
}

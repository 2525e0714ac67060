namespace Inburgering.Hub.Connectors.Abstractions.Inbox;

/// <summary>
/// For connectors that read files from an inbox folder: the common settings <c>InboxPath</c>,
/// <c>ProcessedPath</c> (default: the inbox's <c>processed</c> subfolder) and <c>MoveProcessed</c>
/// (default true), read and checked from <see cref="ConnectorSettings"/>.
/// </summary>
public sealed record InboxSettings(string InboxPath, string ProcessedPath, bool MoveProcessed)
{
    public const string InboxPathKey = "InboxPath";
    public const string ProcessedPathKey = "ProcessedPath";
    public const string MoveProcessedKey = "MoveProcessed";

    /// <summary>Reads the settings; throws <see cref="ConnectorSettingsException"/> when they are invalid.</summary>
    public static InboxSettings From(ConnectorSettings settings)
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

        return new InboxSettings(inbox, processed, move);
    }
}

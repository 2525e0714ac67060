namespace Inburgering.Hub.Domain.Operational;

/// <summary>
/// Watermark/cursor of one stream of one connector. Written in the same transaction as the rows it
/// covers, so a crashed run resumes exactly where the last committed batch ended.
/// </summary>
public sealed class ConnectorState
{
    public string Connector { get; set; } = "";

    public string Stream { get; set; } = "";

    /// <summary>Connector-defined opaque state (JSON).</summary>
    public string State { get; set; } = "";

    public long UpdatedByRunId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

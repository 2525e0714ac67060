namespace Inburgering.Hub.Domain.Entities;

/// <summary>
/// Provenance every canonical row carries: which connector/stream/record it came from, the sync
/// runs that first saw and last changed it, its content hash (for idempotent upserts) and whether
/// the source withdrew or deleted it. Rows are never physically deleted by a sync.
/// </summary>
public abstract class SourcedRecord
{
    public long Id { get; set; }

    /// <summary>Connector name, e.g. <c>coa</c>.</summary>
    public string SourceConnector { get; set; } = "";

    /// <summary>Stream of the connector, e.g. <c>koppelingen</c>.</summary>
    public string SourceStream { get; set; } = "";

    /// <summary>The partner's stable id of the record (koppeling_id, melding id, …).</summary>
    public string SourceId { get; set; } = "";

    /// <summary>SHA-256 (hex) of the canonical content; equal hash means nothing changed.</summary>
    public string ContentHash { get; set; } = "";

    public long FirstSeenRunId { get; set; }

    public long LastChangedRunId { get; set; }

    /// <summary>The archived source file/page the current version came from.</summary>
    public long? SourceFileId { get; set; }

    /// <summary>Where in that file/page: <c>line 12</c>, <c>item I-0001</c>.</summary>
    public string? SourceLocation { get; set; }

    /// <summary>The last document (file/page) that contained this record; drives snapshot withdrawal.</summary>
    public long? LastSeenFileId { get; set; }

    /// <summary>True when the source withdrew (snapshot) or deleted (tombstone) the record.</summary>
    public bool IsDeleted { get; set; }

    public long? DeletedRunId { get; set; }
}

namespace Inburgering.Hub.Domain.Operational;

/// <summary>A received source file or API page: the anchor of lineage from canonical rows.</summary>
public sealed class SourceFile
{
    public long Id { get; set; }

    public string Connector { get; set; } = "";

    public string Stream { get; set; } = "";

    /// <summary>File name or request URL (without credentials).</summary>
    public string Name { get; set; } = "";

    /// <summary>SHA-256 of the bytes received (hex).</summary>
    public string Sha256 { get; set; } = "";

    public long Size { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public long RunId { get; set; }

    /// <summary>When the archived copy may be removed.</summary>
    public DateTimeOffset? RetainUntil { get; set; }

    /// <summary>When retention removed the archived records (the metadata stays).</summary>
    public DateTimeOffset? ArchivePurgedAt { get; set; }

    /// <summary>When the document was applied completely (its state committed). A later document with
    /// the same name and SHA-256 is a byte-identical re-delivery and is skipped.</summary>
    public DateTimeOffset? AppliedAt { get; set; }

    /// <summary>When the snapshot withdrawal of this document was held (see <see cref="SyncRunStatus.Held"/>).</summary>
    public DateTimeOffset? HeldAt { get; set; }

    /// <summary>How many live rows the held withdrawal would remove.</summary>
    public int? HeldWithdrawals { get; set; }

    /// <summary>When a beheerder released the held withdrawal (it was applied then).</summary>
    public DateTimeOffset? ReleasedAt { get; set; }

    /// <summary>Who released it (the token's subject).</summary>
    public string? ReleasedBy { get; set; }
}

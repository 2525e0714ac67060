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
}

namespace Inburgering.Hub.Domain.Operational;

/// <summary>
/// A source record the hub could not load, kept with where it came from and why. Its content has
/// every BSN masked; <see cref="GemeenteCode"/> (when readable) scopes who may see it.
/// </summary>
public sealed class QuarantineRecord
{
    public long Id { get; set; }

    public long RunId { get; set; }

    public string Connector { get; set; } = "";

    public string Stream { get; set; } = "";

    public long? SourceFileId { get; set; }

    /// <summary>File + line, or URL + item id.</summary>
    public string Location { get; set; } = "";

    /// <summary>The raw record with BSNs masked.</summary>
    public string Content { get; set; } = "";

    /// <summary>Stable machine-readable reason, e.g. <c>INVALID_BSN</c>.</summary>
    public string ReasonCode { get; set; } = "";

    public string Message { get; set; } = "";

    public string? GemeenteCode { get; set; }

    /// <summary>The partner's record id, when it could be read.</summary>
    public string? SourceId { get; set; }

    /// <summary>
    /// For records the connector could read but the engine refused (unknown code, gemeente, …): the
    /// ingest record type and its JSON without the person, so it can be replayed after a fix.
    /// </summary>
    public string? RecordType { get; set; }

    public string? RecordJson { get; set; }

    /// <summary>Pseudonym of the record's BSN (never the BSN), for replay.</summary>
    public string? BsnPseudoniem { get; set; }

    /// <summary>Pseudonym of the record's V-nummer, for replay.</summary>
    public string? VNummerPseudoniem { get; set; }

    /// <summary>When it was replayed or discarded.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>The run that replayed it.</summary>
    public long? ResolvedRunId { get; set; }

    public QuarantineStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>How often the same record (connector, stream, reason, source id or location, content) was refused
    /// while this entry was open: 1 at first, +1 for every re-delivery. One open entry per such record.</summary>
    public int SeenCount { get; set; } = 1;

    /// <summary>The run that refused it last.</summary>
    public long? LastSeenRunId { get; set; }
}

namespace Inburgering.Hub.Sync.Configuration;

/// <summary>Configuration <c>Hub:Sync</c>.</summary>
public sealed class SyncOptions
{
    public const string Section = "Hub:Sync";

    /// <summary>Records per transaction.</summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>
    /// Batches of one document written at the same time, each in its own transaction on its own connection,
    /// committed in document order: 2 lets the next batch look up its persons and copy its rows while the
    /// previous one derives its journey projection and commits. Only where the database allows concurrent
    /// writers (PostgreSQL); SQLite writes one batch at a time whatever this says. A batch that shares a
    /// person or a source id with the batch before it waits for that one's commit first. 1 turns it off.
    /// </summary>
    public int BatchesInFlight { get; set; } = 2;

    /// <summary>
    /// A run that inserted, updated or deleted at least this many rows ends with planner statistics
    /// (<c>ANALYZE</c>; on SQLite with <c>analysis_limit</c> sampling), so the next queries plan on the
    /// new sizes. 0 turns it off.
    /// </summary>
    public int AnalyzeAfterRows { get; set; } = 10_000;

    /// <summary>
    /// Share of rejected records in one batch above which the run fails and nothing of the batch is
    /// applied (a wrong file, a changed format): 0.5 = more than half.
    /// </summary>
    public double RejectionThreshold { get; set; } = 0.5;

    /// <summary>Batches smaller than this are never failed by the threshold (a handful of rows says little).</summary>
    public int RejectionThresholdMinimumRecords { get; set; } = 20;

    /// <summary>
    /// Largest share of a full-snapshot stream's live rows one document may withdraw (0.2 = a fifth).
    /// A document that would withdraw more, or every row of a gemeente, is held: its records load, its
    /// withdrawal waits for a beheerder (<c>releaseHeldSnapshot</c>) or the next export. 1 or more
    /// switches the guard off.
    /// </summary>
    public double MaxWithdrawalShare { get; set; } = 0.2;

    /// <summary>
    /// Longest a run may take; a longer one is stopped and ends Failed with that reason, keeping every
    /// committed document (the bound for paging that makes no progress without repeating a cursor).
    /// </summary>
    public TimeSpan MaxRunDuration { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Keep every received record (BSN-masked) in the raw archive for lineage.</summary>
    public bool ArchiveRawRecords { get; set; } = true;

    /// <summary>Folder of the raw archive.</summary>
    public string ArchivePath { get; set; } = "data/archive";

    /// <summary>
    /// Longest raw record (characters) the hub loads; a longer one is quarantined with a masked excerpt
    /// (<c>RECORD_TOO_LARGE</c>). Per connector: <c>Hub:Connectors:&lt;name&gt;:MaxRecordSize</c>. Default 65,536.
    /// </summary>
    public int MaxRecordSize { get; set; } = 64 * 1024;

    /// <summary>
    /// Longest text field (characters) of a record the hub loads; a record with a longer one is quarantined
    /// (<c>RECORD_TOO_LARGE</c>). Per connector: <c>Hub:Connectors:&lt;name&gt;:MaxFieldSize</c>. Default 4,096.
    /// </summary>
    public int MaxFieldSize { get; set; } = 4 * 1024;

    /// <summary>How long the raw archive keeps a document's records (its metadata stays).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(365);
}

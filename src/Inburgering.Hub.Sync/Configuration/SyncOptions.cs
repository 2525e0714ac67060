namespace Inburgering.Hub.Sync.Configuration;

/// <summary>Configuration <c>Hub:Sync</c>.</summary>
public sealed class SyncOptions
{
    public const string Section = "Hub:Sync";

    /// <summary>Records per transaction.</summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>
    /// Share of rejected records in one batch above which the run fails and nothing of the batch is
    /// applied (a wrong file, a changed format): 0.5 = more than half.
    /// </summary>
    public double RejectionThreshold { get; set; } = 0.5;

    /// <summary>Batches smaller than this are never failed by the threshold (a handful of rows says little).</summary>
    public int RejectionThresholdMinimumRecords { get; set; } = 20;

    /// <summary>How long archived source-file metadata is kept.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(365);
}

namespace Inburgering.Hub.Sync.Configuration;

/// <summary>Configuration <c>Hub:Sync</c>.</summary>
public sealed class SyncOptions
{
    public const string Section = "Hub:Sync";

    /// <summary>Records per transaction.</summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>How long archived source-file metadata is kept.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(365);
}

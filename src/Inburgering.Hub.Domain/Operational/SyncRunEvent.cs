namespace Inburgering.Hub.Domain.Operational;

/// <summary>
/// Something that happened in a sync run besides its counts: a skipped re-delivery, a held snapshot,
/// its release. Kept with the run (<c>syncRun { events }</c>) and logged at Information.
/// </summary>
public sealed class SyncRunEvent
{
    public long Id { get; set; }

    public long RunId { get; set; }

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Stable machine-readable kind, one of <see cref="SyncRunEventKinds"/>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>What happened, for a beheerder (BSNs masked).</summary>
    public string Message { get; set; } = "";

    /// <summary>The number the event is about (rows that would be withdrawn, …), when there is one.</summary>
    public int? Count { get; set; }
}

/// <summary>The kinds of <see cref="SyncRunEvent"/>.</summary>
public static class SyncRunEventKinds
{
    /// <summary>A document byte-identical (same name and SHA-256) to one applied before was not applied again.</summary>
    public const string SkippedRedelivery = "SKIPPED_REDELIVERY";

    /// <summary>A full snapshot would have withdrawn too much; its withdrawal was held (<see cref="SyncRunStatus.Held"/>).</summary>
    public const string SnapshotHeld = "SNAPSHOT_HELD";

    /// <summary>A beheerder released a held snapshot: its withdrawal was applied.</summary>
    public const string SnapshotReleased = "SNAPSHOT_RELEASED";
}

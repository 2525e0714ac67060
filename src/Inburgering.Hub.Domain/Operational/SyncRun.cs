namespace Inburgering.Hub.Domain.Operational;

/// <summary>One run of one connector, with what it did.</summary>
public sealed class SyncRun
{
    public long Id { get; set; }

    public string Connector { get; set; } = "";

    public string ConnectorVersion { get; set; } = "";

    public SyncTrigger Trigger { get; set; }

    public SyncRunStatus Status { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public int Read { get; set; }

    public int Inserted { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Withdrawn by a snapshot or deleted by a tombstone.</summary>
    public int Deleted { get; set; }

    public int Quarantined { get; set; }

    public string? Error { get; set; }
}

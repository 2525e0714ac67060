namespace Inburgering.Hub.Domain.Operational;

/// <summary>Lifecycle of a sync run.</summary>
public enum SyncRunStatus
{
    Running,
    Succeeded,
    PartiallySucceeded,
    Failed,
    Cancelled,
}

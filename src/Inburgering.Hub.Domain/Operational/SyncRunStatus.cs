namespace Inburgering.Hub.Domain.Operational;

/// <summary>Lifecycle of a sync run.</summary>
public enum SyncRunStatus
{
    Running,
    Succeeded,
    PartiallySucceeded,
    Failed,
    Cancelled,

    /// <summary>
    /// A full-snapshot document would have withdrawn more than <c>Hub:Sync:MaxWithdrawalShare</c> of a
    /// stream's live rows, or every row of a gemeente: its records were applied, its withdrawal was not.
    /// A beheerder releases it (<c>releaseHeldSnapshot</c>), or the next export supersedes it.
    /// </summary>
    Held,
}

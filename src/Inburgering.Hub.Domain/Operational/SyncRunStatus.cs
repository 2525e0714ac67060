namespace Inburgering.Hub.Domain.Operational;

/// <summary>Lifecycle of a sync run.</summary>
public enum SyncRunStatus
{
    /// <summary>Under way in a live process (which holds the connector's run lock).</summary>
    Running,

    /// <summary>Every record loaded.</summary>
    Succeeded,

    /// <summary>Loaded, with records or documents quarantined.</summary>
    PartiallySucceeded,

    /// <summary>Stopped by an error; what was committed before it stays, the next run resumes from there.</summary>
    Failed,

    /// <summary>Stopped on request (shutdown, Ctrl+C, SIGTERM); the open batch was rolled back.</summary>
    Cancelled,

    /// <summary>
    /// Its process ended without closing it (killed, crashed, power lost): found running with no live
    /// owner and closed by the next start or run. The open batch was never committed; the next run
    /// resumed from the last committed state.
    /// </summary>
    Abandoned,

    /// <summary>
    /// A full-snapshot document would have withdrawn more than <c>Hub:Sync:MaxWithdrawalShare</c> of a
    /// stream's live rows, or every row of a gemeente: its records were applied, its withdrawal was not.
    /// A beheerder releases it (<c>releaseHeldSnapshot</c>), or the next export supersedes it.
    /// </summary>
    Held,
}

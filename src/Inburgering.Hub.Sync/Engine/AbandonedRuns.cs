using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Operational;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Hub.Sync.Engine;

/// <summary>
/// Closes runs that are marked <see cref="SyncRunStatus.Running"/> but have no live owner, as
/// <see cref="SyncRunStatus.Abandoned"/>. A live run holds its connector's <see cref="ConnectorRunLock"/>
/// and the lock dies with its process, so whoever holds the lock knows every other run of that
/// connector still marked running is an orphan. Called at every start (server and command line) and
/// by the engine each time it takes a connector's lock, so a node that takes over from a crashed one
/// closes its run too.
/// </summary>
public sealed partial class AbandonedRuns(HubDbContextFactory dbFactory, ConnectorRunLock runLock, TimeProvider time, ILogger<AbandonedRuns> logger)
{
    /// <summary>The error text of an abandoned run.</summary>
    public const string Explanation =
        "Abandoned: the process that ran it ended without closing it (killed or crashed). Its open batch was never committed; "
        + "the next run resumed from the last committed state.";

    /// <summary>Closes the orphaned runs of every connector whose lock is free; returns how many.</summary>
    public async Task<int> CloseAsync(CancellationToken cancellationToken)
    {
        List<string> connectors;
        await using (var db = dbFactory.CreateSystem())
        {
            connectors = await db.SyncRuns.Where(r => r.Status == SyncRunStatus.Running).Select(r => r.Connector).Distinct().ToListAsync(cancellationToken);
        }

        var closed = 0;
        foreach (var connector in connectors)
        {
            var held = await runLock.TryAcquireAsync(connector, cancellationToken);
            if (held is null)
            {
                continue; // a live process is running it
            }

            await using (held)
            {
                closed += await CloseHeldAsync(connector, cancellationToken);
            }
        }

        return closed;
    }

    /// <summary>With <paramref name="connector"/>'s run lock held by the caller: closes every run of it still marked running.</summary>
    public async Task<int> CloseHeldAsync(string connector, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateSystem();
        var orphans = await db.SyncRuns.Where(r => r.Connector == connector && r.Status == SyncRunStatus.Running).ToListAsync(cancellationToken);
        foreach (var run in orphans)
        {
            run.Status = SyncRunStatus.Abandoned;
            run.EndedAt = time.GetUtcNow();
            run.Error = Explanation;
            LogAbandoned(run.Id, run.Connector, run.StartedAt);
        }

        await db.SaveChangesAsync(cancellationToken);
        return orphans.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sync run {RunId} of {Connector}, started {StartedAt}, had no live owner: closed as Abandoned; the next run resumes from the last committed state")]
    private partial void LogAbandoned(long runId, string connector, DateTimeOffset startedAt);
}

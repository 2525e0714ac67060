using System.Collections.Concurrent;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Archive;
using Inburgering.Hub.Sync.Configuration;
using Inburgering.Hub.Sync.Writers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Hub.Sync.Engine;

/// <summary>
/// Runs connectors: reads each stream from its committed state, validates, pseudonymises and
/// upserts the records, quarantines what it cannot load, and commits rows and stream state in one
/// transaction per batch. A run that dies resumes from the last committed state; never two runs of
/// one connector at once: per node, and across nodes sharing a PostgreSQL database through
/// <see cref="ConnectorRunLock"/> (the Quartz job is also non-concurrent across a cluster).
/// </summary>
public sealed partial class SyncEngine(
    HubDbContextFactory dbFactory,
    ConnectorCatalog connectors,
    RecordWriters writers,
    RawArchive archive,
    IPseudonymizer pseudonymizer,
    GemeenteCatalog gemeenten,
    SyncOptions options,
    TimeProvider time,
    ConnectorRunLock runLock,
    ILogger<SyncEngine> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, Task<SyncRun>> _active = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _stopping = new();
    private readonly QuarantineFactory _quarantine = new(time);
    private readonly PersonalIdProtector _ids = new(pseudonymizer);

    /// <summary>The connectors with a run under way.</summary>
    public IReadOnlyCollection<string> Running => [.. _active.Keys];

    /// <summary>Runs every stream of <paramref name="connectorName"/> and returns the finished run.</summary>
    public async Task<SyncRun> RunAsync(string connectorName, SyncTrigger trigger, CancellationToken cancellationToken)
    {
        var (_, completion) = await BeginAsync(connectorName, trigger, cancellationToken);
        return await completion;
    }

    /// <summary>Starts a run in the background and returns it as it is at the start (status Running).</summary>
    public async Task<SyncRun> StartAsync(string connectorName, SyncTrigger trigger)
    {
        var (run, _) = await BeginAsync(connectorName, trigger, CancellationToken.None);
        return run;
    }

    /// <summary>Cancels running runs (their open batch is rolled back) and waits for them to end.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        Task all = Task.WhenAll(_active.Values);
        await all.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task<(SyncRun Started, Task<SyncRun> Completion)> BeginAsync(string connectorName, SyncTrigger trigger, CancellationToken cancellationToken)
    {
        var connector = connectors.Get(connectorName);
        var name = connector.Manifest.Name;
        var gate = new TaskCompletionSource<SyncRun>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_active.TryAdd(name, gate.Task))
        {
            throw new SyncAlreadyRunningException($"Connector '{name}' is already running; try again when that run has ended.");
        }

        IAsyncDisposable? held;
        try
        {
            held = await runLock.TryAcquireAsync(name, cancellationToken);
        }
        catch (Exception ex)
        {
            _active.TryRemove(name, out _);
            gate.SetException(ex);
            throw;
        }

        if (held is null)
        {
            var busy = new SyncAlreadyRunningException($"Connector '{name}' is already running on another hub node; try again when that run has ended.");
            _active.TryRemove(name, out _);
            gate.SetException(busy);
            throw busy;
        }

        SyncRun run;
        try
        {
            run = new SyncRun
            {
                Connector = name,
                ConnectorVersion = connector.Manifest.Version,
                Trigger = trigger,
                Status = SyncRunStatus.Running,
                StartedAt = time.GetUtcNow(),
            };
            await SaveRunAsync(run, CancellationToken.None);
        }
        catch (Exception ex)
        {
            await held.DisposeAsync();
            _active.TryRemove(name, out _);
            gate.SetException(ex);
            throw;
        }

        var started = Snapshot(run);
        var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        _ = Task.Run(async () =>
        {
            SyncRun? finished = null;
            Exception? failure = null;
            try
            {
                finished = await ExecuteAsync(connector, run, linked.Token);
            }
            catch (Exception ex)
            {
                failure = ex;
            }

            // Free the connector before anyone awaiting the run continues.
            await held.DisposeAsync();
            _active.TryRemove(name, out _);
            linked.Dispose();
            if (failure is null)
            {
                gate.SetResult(finished!);
            }
            else
            {
                gate.SetException(failure);
            }
        }, CancellationToken.None);
        return (started, gate.Task);
    }

    private async Task<SyncRun> ExecuteAsync(IConnector connector, SyncRun run, CancellationToken cancellationToken)
    {
        LogRunStarted(run.Id, run.Connector, run.Trigger);
        var problems = false;
        try
        {
            var settings = connectors.SettingsFor(run.Connector);
            foreach (var stream in connector.Manifest.Streams)
            {
                problems |= await RunStreamAsync(connector, stream, settings, run, cancellationToken);
            }

            run.Status = problems || run.Quarantined > 0 ? SyncRunStatus.PartiallySucceeded : SyncRunStatus.Succeeded;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            run.Status = SyncRunStatus.Cancelled;
            run.Error = "Cancelled; the open batch was rolled back and the next run resumes from the last committed state.";
        }
        catch (Exception ex)
        {
            run.Status = SyncRunStatus.Failed;
            run.Error = PersonNumbers.Mask(ex.Message);
            LogRunFailed(run.Id, run.Connector, PersonNumbers.Mask(ex.ToString())); // the exception text may quote a record: masked
        }

        run.EndedAt = time.GetUtcNow();
        await SaveRunAsync(run, CancellationToken.None);
        LogRunEnded(run.Id, run.Connector, run.Status, run.Read, run.Inserted, run.Updated, run.Unchanged, run.Deleted, run.Quarantined);
        return Snapshot(run);
    }

    /// <returns>True when a document of the stream was unreadable.</returns>
    private async Task<bool> RunStreamAsync(IConnector connector, StreamDescriptor stream, ConnectorSettings settings, SyncRun run, CancellationToken cancellationToken)
    {
        string? state;
        await using (var db = dbFactory.CreateSystem())
        {
            state = await db.ConnectorStates
                .Where(s => s.Connector == run.Connector && s.Stream == stream.Name)
                .Select(s => s.State)
                .FirstOrDefaultAsync(cancellationToken);
        }

        var batch = new StreamBatch();
        var sizes = RecordSizeLimit.For(options, connectors.OptionsFor(run.Connector));
        SourceFile? file = null;
        var unreadable = false;
        var request = new ReadRequest(stream.Name, settings, string.IsNullOrEmpty(state) ? null : state);
        await foreach (var message in connector.ReadAsync(request, cancellationToken).WithCancellation(cancellationToken))
        {
            switch (message)
            {
                case DocumentStarted started:
                    file = await ArchiveAsync(started, stream.Name, run, cancellationToken);
                    break;
                case SourceRecord record when sizes.Check(record) is SourceRejection tooLarge:
                    batch.Rejections.Add(_ids.Protect(tooLarge));
                    break;
                case SourceRecord record:
                    batch.Records.Add(_ids.Protect(record));
                    break;
                case SourceRejection rejection:
                    batch.Rejections.Add(_ids.Protect(sizes.Check(rejection)));
                    break;
                case SourceTombstone tombstone:
                    batch.Tombstones.Add(_ids.Protect(tombstone));
                    break;
                case DocumentCompleted completed:
                    await CommitAsync(stream, run, file, batch, completed, cancellationToken);
                    file = null;
                    break;
                case DocumentUnreadable failed:
                    unreadable = true;
                    batch.Clear();
                    await QuarantineDocumentAsync(stream.Name, run, file, failed, cancellationToken);
                    file = null;
                    break;
                default:
                    throw new InvalidOperationException($"Connector '{run.Connector}' yielded an unknown message {message.GetType().Name}.");
            }

            if (batch.Count >= options.BatchSize)
            {
                await CommitAsync(stream, run, file, batch, completed: null, cancellationToken);
            }
        }

        if (batch.Count > 0)
        {
            throw new InvalidOperationException(
                $"Connector '{run.Connector}' ended stream '{stream.Name}' without completing its document; nothing of it after the last commit was applied.");
        }

        return unreadable;
    }

    private async Task<SourceFile> ArchiveAsync(DocumentStarted started, string stream, SyncRun run, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var file = new SourceFile
        {
            Connector = run.Connector,
            Stream = stream,
            Name = PersonNumbers.Mask(started.Name),
            Sha256 = started.Sha256,
            Size = started.Size,
            ReceivedAt = now,
            RunId = run.Id,
            RetainUntil = now + options.Retention,
        };
        await using var db = dbFactory.CreateSystem();
        db.SourceFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        return file;
    }

    /// <summary>Applies the batch and, for a completed document, the snapshot withdrawal and the new state: one transaction.</summary>
    private async Task CommitAsync(StreamDescriptor stream, SyncRun run, SourceFile? file, StreamBatch batch, DocumentCompleted? completed, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateSystem();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var context = new WriteContext(db, run.Id, run.Connector, stream.Name, file?.Id, pseudonymizer, gemeenten);
        var outcome = new WriteOutcome();

        foreach (var group in batch.Records.GroupBy(r => r.Data.GetType()))
        {
            await writers.For(group.Key).WriteAsync(context, [.. group], outcome, cancellationToken);
        }

        var rejected = batch.Rejections.Count + outcome.Rejected.Count;
        var considered = batch.Records.Count + batch.Rejections.Count;
        if (considered >= options.RejectionThresholdMinimumRecords && rejected > considered * options.RejectionThreshold)
        {
            throw new BatchRejectedException(
                $"{rejected} of {considered} records in a batch of {file?.Name ?? stream.Name} were rejected, more than the threshold "
                + $"of {options.RejectionThreshold:P0} (Hub:Sync:RejectionThreshold); nothing of the batch was applied. "
                + $"First reason: {batch.Rejections.Select(r => r.ReasonCode + " " + r.Message).Concat(outcome.Rejected.Select(r => r.Rejection.ReasonCode + " " + r.Rejection.Message)).First()}");
        }

        var deleted = 0;
        foreach (var tombstone in batch.Tombstones)
        {
            deleted += await SourcedSets.DeleteAsync(db, run.Connector, stream.Name, tombstone.SourceId, run.Id, cancellationToken);
        }

        var quarantine = batch.Rejections
            .Select(r => _quarantine.Create(run.Id, run.Connector, stream.Name, file?.Id, r.Location, r.Raw, r.ReasonCode, r.Message, r.SourceId, r.GemeenteCode))
            .Concat(outcome.Rejected.Select(r => _quarantine.Create(
                run.Id, run.Connector, stream.Name, file?.Id, r.Record.Location, r.Record.Raw, r.Rejection.ReasonCode, r.Rejection.Message,
                r.Record.SourceId, (r.Record.Data as PersonIngestRecord)?.GemeenteCode, r.Record.Data, r.Key)))
            .ToList();
        db.QuarantineRecords.AddRange(quarantine);
        if (file is not null)
        {
            var stillPresent = batch.Rejections.Select(r => r.SourceId)
                .Concat(outcome.Rejected.Select(r => r.Record.SourceId))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList();
            await SourcedSets.MarkSeenAsync(db, run.Connector, stream.Name, stillPresent, file.Id, cancellationToken);
        }

        if (completed is not null)
        {
            if (stream.Mode == StreamMode.FullSnapshot && file is not null)
            {
                deleted += await SourcedSets.WithdrawUnseenAsync(db, run.Connector, stream.Name, file.Id, run.Id, cancellationToken);
            }

            await SaveStateAsync(db, run, stream.Name, completed.State, cancellationToken);
        }

        if (file is not null)
        {
            await archive.AppendAsync(
                file.Id,
                batch.Records.Select(r => (r.Location, r.Raw)).Concat(batch.Rejections.Select(r => (r.Location, r.Raw))),
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);

        run.Read += batch.Count;
        run.Inserted += outcome.Inserted;
        run.Updated += outcome.Updated;
        run.Unchanged += outcome.Unchanged;
        run.Deleted += deleted;
        run.Quarantined += quarantine.Count;
        batch.Clear();
    }

    private async Task SaveStateAsync(HubDbContext db, SyncRun run, string stream, string? state, CancellationToken cancellationToken)
    {
        var row = await db.ConnectorStates.FindAsync([run.Connector, stream], cancellationToken);
        if (row is null)
        {
            row = new ConnectorState { Connector = run.Connector, Stream = stream };
            db.ConnectorStates.Add(row);
        }

        row.State = state ?? "";
        row.UpdatedByRunId = run.Id;
        row.UpdatedAt = time.GetUtcNow();
    }

    private async Task QuarantineDocumentAsync(string stream, SyncRun run, SourceFile? file, DocumentUnreadable failed, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateSystem();
        db.QuarantineRecords.Add(_quarantine.Create(
            run.Id, run.Connector, stream, file?.Id, file?.Name ?? "(unknown document)", "", failed.ReasonCode, failed.Message, null, null));
        await db.SaveChangesAsync(cancellationToken);
        run.Quarantined++;
    }

    private async Task SaveRunAsync(SyncRun run, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateSystem();
        if (run.Id == 0)
        {
            db.SyncRuns.Add(run);
        }
        else
        {
            db.SyncRuns.Update(run);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static SyncRun Snapshot(SyncRun run) => new()
    {
        Id = run.Id,
        Connector = run.Connector,
        ConnectorVersion = run.ConnectorVersion,
        Trigger = run.Trigger,
        Status = run.Status,
        StartedAt = run.StartedAt,
        EndedAt = run.EndedAt,
        Read = run.Read,
        Inserted = run.Inserted,
        Updated = run.Updated,
        Unchanged = run.Unchanged,
        Deleted = run.Deleted,
        Quarantined = run.Quarantined,
        Error = run.Error,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync run {RunId} of {Connector} started ({Trigger})")]
    private partial void LogRunStarted(long runId, string connector, SyncTrigger trigger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync run {RunId} of {Connector} ended {Status}: read {Read}, inserted {Inserted}, updated {Updated}, unchanged {Unchanged}, deleted {Deleted}, quarantined {Quarantined}")]
    private partial void LogRunEnded(long runId, string connector, SyncRunStatus status, int read, int inserted, int updated, int unchanged, int deleted, int quarantined);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sync run {RunId} of {Connector} failed: {Error}")]
    private partial void LogRunFailed(long runId, string connector, string error);
}

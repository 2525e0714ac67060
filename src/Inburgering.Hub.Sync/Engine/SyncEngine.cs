using System.Collections.Concurrent;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Providers;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Archive;
using Inburgering.Hub.Sync.Configuration;
using Inburgering.Hub.Sync.Journey;
using Inburgering.Hub.Sync.Tables;
using Inburgering.Hub.Sync.Writers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Hub.Sync.Engine;

/// <summary>
/// Runs connectors: reads each stream from its committed state, validates, pseudonymises and
/// upserts the records, quarantines what it cannot load, and commits rows and stream state in one
/// transaction per batch. A run that dies resumes from the last committed state; never two runs of
/// one connector at once: per process, and across processes and nodes sharing the database through
/// <see cref="ConnectorRunLock"/> (the Quartz job is also non-concurrent across a cluster). Taking a
/// connector's lock closes its runs left running by a dead process (<see cref="AbandonedRuns"/>).
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
    AbandonedRuns abandoned,
    ILogger<SyncEngine> logger,
    ILoggerFactory loggerFactory) : IDisposable
{
    private readonly ConcurrentDictionary<string, Task<SyncRun>> _active = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _stopping = new();
    private readonly QuarantineFactory _quarantine = new(time);
    private readonly ConcurrentDictionary<long, bool> _held = new();

    /// <summary>Per running run: the rows written at which it next refreshes planner statistics (<see cref="AnalyzeDuringRunAsync"/>).</summary>
    private readonly ConcurrentDictionary<long, long> _nextAnalyze = new();
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
            var busy = new SyncAlreadyRunningException($"Connector '{name}' is already running in another hub process or on another node; try again when that run has ended.");
            _active.TryRemove(name, out _);
            gate.SetException(busy);
            throw busy;
        }

        SyncRun run;
        try
        {
            await abandoned.CloseHeldAsync(name, CancellationToken.None);
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

    /// <summary>Characters a source id never holds: C0 controls and DEL.</summary>
    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 32).Select(c => (char)c), '\u007F']);

    private async Task<SyncRun> ExecuteAsync(IConnector connector, SyncRun run, CancellationToken cancellationToken)
    {
        LogRunStarted(run.Id, run.Connector, run.Trigger);
        using var activity = Telemetry.HubTelemetry.StartRun(run);
        var problems = false;
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(options.MaxRunDuration);
        try
        {
            var settings = connectors.SettingsFor(run.Connector);
            foreach (var stream in connector.Manifest.Streams)
            {
                problems |= await RunStreamAsync(connector, stream, settings, run, bounded.Token);
            }

            run.Status = _held.ContainsKey(run.Id) ? SyncRunStatus.Held
                : problems || run.Quarantined > 0 ? SyncRunStatus.PartiallySucceeded
                : SyncRunStatus.Succeeded;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            run.Status = SyncRunStatus.Cancelled;
            run.Error = "Cancelled; the open batch was rolled back and the next run resumes from the last committed state.";
        }
        catch (OperationCanceledException) when (bounded.IsCancellationRequested)
        {
            run.Status = SyncRunStatus.Failed;
            run.Error = $"The run took longer than Hub:Sync:MaxRunDuration ({options.MaxRunDuration}) and was stopped (e.g. paging that makes no progress); "
                + "the open batch was rolled back, every committed document stays, and the next run resumes from the last committed state.";
            LogRunFailed(run.Id, run.Connector, run.Error);
        }
        catch (Exception ex)
        {
            run.Status = SyncRunStatus.Failed;
            run.Error = PersonNumbers.Mask(ex.Message);
            LogRunFailed(run.Id, run.Connector, PersonNumbers.Mask(ex.ToString())); // the exception text may quote a record: masked
        }

        _held.TryRemove(run.Id, out _);
        _nextAnalyze.TryRemove(run.Id, out _);
        if (options.AnalyzeAfterRows > 0 && run.Inserted + run.Updated + run.Deleted >= options.AnalyzeAfterRows)
        {
            await AnalyzeAsync(CancellationToken.None);
        }

        run.EndedAt = time.GetUtcNow();
        await SaveRunAsync(run, CancellationToken.None);
        LogRunEnded(run.Id, run.Connector, run.Status, run.Read, run.Inserted, run.Updated, run.Unchanged, run.Deleted, run.Quarantined);
        Telemetry.HubTelemetry.RunEnded(run, activity);
        return Snapshot(run);
    }

    /// <summary>
    /// Planner statistics while a large load goes on: when the rows the run has written reach 2, 4, 8, …
    /// times <see cref="SyncOptions.AnalyzeAfterRows"/>, between two batches. A batch looks up its
    /// records' persons, rows and milestones by key in tables the load itself is growing; planned on the
    /// statistics of the (near) empty tables from before the load, PostgreSQL scans them instead (measured by
    /// the bench on a fresh database: the look-up of a batch's 2,000 source ids filtered every row of the
    /// stream, 52 ms a batch and growing with the table, against 8 ms on current statistics; 300,000 COA rows
    /// took 49 s instead of 33 s). Doubling keeps the statistics within a factor 2 of the tables' sizes at
    /// a cost that grows with the logarithm of the load. What a provider does then is its own
    /// (<see cref="IDatabaseProvider.AnalyzeAsync"/>: SQLite does nothing).
    /// </summary>
    private async Task AnalyzeDuringRunAsync(SyncRun run, CancellationToken cancellationToken)
    {
        if (options.AnalyzeAfterRows <= 0)
        {
            return;
        }

        var written = (long)run.Inserted + run.Updated + run.Deleted;
        var next = _nextAnalyze.GetOrAdd(run.Id, 2L * options.AnalyzeAfterRows);
        if (written < next)
        {
            return;
        }

        while (next <= written)
        {
            next *= 2;
        }

        _nextAnalyze[run.Id] = next;
        await AnalyzeAsync(cancellationToken, duringLoad: true);
    }

    /// <summary>
    /// Planner statistics after a large load (<see cref="SyncOptions.AnalyzeAfterRows"/>), or with
    /// <paramref name="duringLoad"/> while it goes on (<see cref="AnalyzeDuringRunAsync"/>), by the provider
    /// (<see cref="IDatabaseProvider.AnalyzeAsync"/>).
    /// </summary>
    private async Task AnalyzeAsync(CancellationToken cancellationToken, bool duringLoad = false)
    {
        await using var db = dbFactory.CreateSystem();
        try
        {
            await db.DatabaseProvider().AnalyzeAsync(db, duringLoad, cancellationToken);
        }
        catch (System.Data.Common.DbException)
        {
            // Statistics only speed up planning: a busy database keeps its old ones, the run stands.
        }
    }

    /// <returns>True when a document of the stream was unreadable.</returns>
    private async Task<bool> RunStreamAsync(IConnector connector, StreamDescriptor stream, ConnectorSettings settings, SyncRun run, CancellationToken cancellationToken)
    {
        string? state;
        bool side;
        await using (var db = dbFactory.CreateSystem())
        {
            side = options.BatchesInFlight > 1 && db.DatabaseProvider().ConcurrentWriters;
            state = await db.ConnectorStates
                .Where(s => s.Connector == run.Connector && s.Stream == stream.Name)
                .Select(s => s.State)
                .FirstOrDefaultAsync(cancellationToken);
        }

        var batch = new StreamBatch();
        var sizes = RecordSizeLimit.For(options, connectors.OptionsFor(run.Connector));
        SourceFile? file = null;
        var unreadable = false;
        var skipping = false;
        var request = new ReadRequest(stream.Name, settings, string.IsNullOrEmpty(state) ? null : state)
        {
            Logger = loggerFactory.CreateLogger($"Inburgering.Hub.Connectors.{run.Connector}"),
            Clock = time,
        };
        // The batch still being written beside the one being read (BatchesInFlight), or null.
        InFlightBatch? inFlight = null;
        async Task SettleAsync()
        {
            if (inFlight is { } pending)
            {
                inFlight = null;
                await pending.Committed;
            }
        }

        try
        {
            await foreach (var item in ReadAhead.ReadAsync(connector.ReadAsync(request, cancellationToken), m => Classify(m, sizes), options.BatchSize, cancellationToken))
            {
                var message = item.Message;
                if (message is SourceNotice notice)
                {
                    var kind = notice.Kind.Length > 40 ? notice.Kind[..40] : notice.Kind;
                    await AddEventAsync(run, kind, $"Stream {stream.Name}: {notice.Message}", notice.Count, cancellationToken);
                    item.Handled?.SetResult();
                    continue;
                }

                if (skipping)
                {
                    // A byte-identical re-delivery: nothing of it is applied again; its state still commits.
                    if (message is DocumentCompleted skipped)
                    {
                        await using var db = dbFactory.CreateSystem();
                        await SaveStateAsync(db, run, stream.Name, skipped.State, cancellationToken);
                        await db.SaveChangesAsync(cancellationToken);
                    }

                    skipping = message is not (DocumentCompleted or DocumentUnreadable);
                    item.Handled?.SetResult();
                    continue;
                }

                switch (message)
                {
                    case DocumentStarted started when await AppliedBeforeAsync(run.Connector, stream.Name, started, cancellationToken) is { } earlier:
                        skipping = true;
                        await AddEventAsync(
                            run,
                            SyncRunEventKinds.SkippedRedelivery,
                            $"Stream {stream.Name}: {Bsn.Mask(started.Name)} has the same name and SHA-256 as the document applied by run {earlier}; it was not applied again.",
                            null,
                            cancellationToken);
                        break;
                    case DocumentStarted started:
                        file = await ArchiveAsync(started, stream.Name, run, cancellationToken);
                        break;
                    case SourceRecord record:
                        batch.Records.Add(record);
                        if (item.Prepared is { } prepared)
                        {
                            batch.Prepared[record] = prepared;
                        }

                        break;
                    case SourceRejection rejection:
                        batch.Rejections.Add(rejection);
                        break;
                    case SourceTombstone tombstone:
                        batch.Tombstones.Add(tombstone);
                        break;
                    case DocumentCompleted completed:
                        await SettleAsync();
                        await CommitAsync(stream, run, file, batch, completed, cancellationToken);
                        file = null;
                        break;
                    case DocumentUnreadable failed:
                        await SettleAsync();
                        unreadable = true;
                        batch.Clear();
                        await QuarantineDocumentAsync(stream.Name, run, file, failed, cancellationToken);
                        file = null;
                        break;
                    default:
                        throw new InvalidOperationException($"Connector '{run.Connector}' yielded an unknown message {message.GetType().Name}.");
                }

                if (batch.Count >= options.BatchSize && !side)
                {
                    await CommitAsync(stream, run, file, batch, completed: null, cancellationToken);
                }
                else if (batch.Count >= options.BatchSize)
                {
                    // Written beside the batch before it unless they may touch the same rows; then after it.
                    var next = InFlightBatch.Of(batch, writers.TryFor);
                    if (inFlight is not null && (inFlight.Committed.IsCompleted || inFlight.Overlaps(next)))
                    {
                        // Also when it is done already: a failure there stops the run before another batch starts.
                        await SettleAsync();
                    }

                    var before = inFlight;
                    next.Committed = CommitAsync(stream, run, file, batch, completed: null, cancellationToken, next, before);
                    inFlight = next;
                    batch = new StreamBatch();
                    if (before is not null)
                    {
                        await before.Committed;
                    }
                }

                item.Handled?.SetResult();
            }

            await SettleAsync();
        }
        catch when (inFlight is not null)
        {
            // The run stops on the first failure: a batch still in flight is waited for (it commits only
            // after every batch before it did, so it rolls back when one of those failed) and the first
            // failure is the one reported.
            try
            {
                await SettleAsync();
            }
            catch (Exception)
            {
                // Reported by the exception that stopped the run.
            }

            throw;
        }

        if (batch.Count > 0)
        {
            throw new InvalidOperationException(
                $"Connector '{run.Connector}' ended stream '{stream.Name}' without completing its document; nothing of it after the last commit was applied.");
        }

        return unreadable;
    }

    /// <summary>
    /// The engine's first checks of a message, done on the read-ahead (<see cref="ReadAhead"/>): BSNs
    /// replaced by their tokens, records and rejections held to the size limits, a record whose id holds a
    /// control character refused, and the database-free part of writing a record prepared by its writer.
    /// </summary>
    private ReadAheadItem Classify(SourceMessage message, RecordSizeLimit sizes)
    {
        switch (message)
        {
            case SourceRecord record when sizes.Check(record) is SourceRejection tooLarge:
                return new ReadAheadItem(_ids.Protect(tooLarge), null);
            case SourceRecord record when record.SourceId.AsSpan().ContainsAny(ControlCharacters):
                // An id with a line break or another control character is a misread record (e.g. a
                // quoted CSV field spanning lines): refused whole, for every connector.
                return new ReadAheadItem(
                    _ids.Protect(new SourceRejection(
                        record.Location,
                        record.Raw,
                        ReasonCodes.InvalidValue,
                        "The record's source id holds a line break or another control character; the whole record is refused.")),
                    null);
            case SourceRecord record:
                var protectedRecord = _ids.Protect(record);
                return new ReadAheadItem(protectedRecord, writers.TryFor(protectedRecord.Data.GetType())?.Prepare(protectedRecord, pseudonymizer, gemeenten));
            case SourceRejection rejection:
                return new ReadAheadItem(_ids.Protect(sizes.Check(rejection)), null);
            case SourceTombstone tombstone:
                return new ReadAheadItem(_ids.Protect(tombstone), null);
            default:
                return new ReadAheadItem(message, null);
        }
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
    /// <remarks>
    /// Written beside other batches (<see cref="InFlightBatch"/>), <c>self</c> is this batch and <c>before</c>
    /// the batch before it while that one is still being written: this one orders its archive lines after
    /// that one's and commits only after it did (and fails when it failed).
    /// </remarks>
    private async Task CommitAsync(
        StreamDescriptor stream,
        SyncRun run,
        SourceFile? file,
        StreamBatch batch,
        DocumentCompleted? completed,
        CancellationToken cancellationToken,
        InFlightBatch? self = null,
        InFlightBatch? before = null)
    {
        try
        {
            await WriteBatchAsync(stream, run, file, batch, completed, before, self, cancellationToken);
        }
        catch
        {
            // The next batch appends no archive lines after a failed one: it fails there instead.
            self?.Archived.TrySetCanceled(CancellationToken.None);
            throw;
        }
    }

    private async Task WriteBatchAsync(
        StreamDescriptor stream,
        SyncRun run,
        SourceFile? file,
        StreamBatch batch,
        DocumentCompleted? completed,
        InFlightBatch? before,
        InFlightBatch? self,
        CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateSystem();
        var provider = db.DatabaseProvider();
        await provider.BeginBulkWriteAsync(db, cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var context = new WriteContext(db, run.Id, run.Connector, stream.Name, file?.Id, pseudonymizer, gemeenten) { Prepared = batch.Prepared, Before = before };
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
            deleted += await SourcedTables.DeleteAsync(db, run.Connector, stream.Name, tombstone.SourceId, run.Id, context.TouchedPersons, cancellationToken);
        }

        var quarantine = batch.Rejections
            .Select(r => _quarantine.Create(run.Id, run.Connector, stream.Name, file?.Id, r.Location, r.Raw, r.ReasonCode, r.Message, r.SourceId, r.GemeenteCode))
            .Concat(outcome.Rejected.Select(r => _quarantine.Create(
                run.Id, run.Connector, stream.Name, file?.Id, r.Record.Location, r.Record.Raw, r.Rejection.ReasonCode, r.Rejection.Message,
                r.Record.SourceId, (r.Record.Data as PersonIngestRecord)?.GemeenteCode, r.Record.Data, r.Key)))
            .ToList();
        await AddQuarantineAsync(db, run, stream.Name, quarantine, cancellationToken);
        if (file is not null)
        {
            var stillPresent = batch.Rejections.Select(r => r.SourceId)
                .Concat(outcome.Rejected.Select(r => r.Record.SourceId))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList();
            await SourcedTables.MarkSeenAsync(db, run.Connector, stream.Name, stillPresent, file.Id, cancellationToken);
        }

        if (completed is not null)
        {
            if (stream.Mode == StreamMode.FullSnapshot && file is not null)
            {
                deleted += await WithdrawOrHoldAsync(db, run, stream.Name, file, context.TouchedPersons, cancellationToken);
            }

            if (file is not null)
            {
                var now = time.GetUtcNow();
                await db.SourceFiles.Where(f => f.Id == file.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.AppliedAt, now), cancellationToken);
            }

            await SaveStateAsync(db, run, stream.Name, completed.State, cancellationToken);
        }

        if (file is not null)
        {
            if (before is not null)
            {
                await before.Archived.Task.WaitAsync(cancellationToken);
            }

            await archive.AppendAsync(
                file.Id,
                batch.Records.Select(r => (r.Location, r.Raw)).Concat(batch.Rejections.Select(r => (r.Location, r.Raw))),
                cancellationToken);
        }

        self?.Archived.TrySetResult();
        await db.SaveChangesAsync(cancellationToken);
        if (before is not null)
        {
            // Document order: the projection derived and the batch committed only after the batch before it
            // (a failure there throws here). That batch may have moved a row away from a person of this one
            // (a record naming another person), so this batch derives milestones from its committed rows.
            await before.Committed;
        }

        await JourneyProjection.RefreshAsync(db, context.TouchedPersons, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        provider.BulkWriteCommitted(db);
        Telemetry.HubTelemetry.BatchCommitted(run.Connector, beside: before is not null);

        run.Read += batch.Count;
        run.Inserted += outcome.Inserted;
        run.Updated += outcome.Updated;
        run.Unchanged += outcome.Unchanged;
        run.Deleted += deleted;
        run.Quarantined += quarantine.Count;
        batch.Clear();
        await AnalyzeDuringRunAsync(run, cancellationToken);
    }

    /// <summary>
    /// The snapshot withdrawal of a completed full-snapshot document, unless it would withdraw more
    /// than <see cref="SyncOptions.MaxWithdrawalShare"/> of the stream's live rows or every live row
    /// of a gemeente (an empty or truncated export): then nothing is withdrawn, the document is marked
    /// held and the run ends <see cref="SyncRunStatus.Held"/>. Its records are applied either way.
    /// </summary>
    /// <returns>The rows withdrawn.</returns>
    private async Task<int> WithdrawOrHoldAsync(HubDbContext db, SyncRun run, string stream, SourceFile file, ISet<long> touched, CancellationToken cancellationToken)
    {
        var preview = await SourcedTables.WithdrawalPreviewAsync(db, run.Connector, stream, file.Id, cancellationToken);
        var live = preview.Sum(c => c.Live);
        var unseen = preview.Sum(c => c.Unseen);
        var emptied = preview.Where(c => c.Gemeente is not null && c.Live > 0 && c.Unseen == c.Live).Select(c => c.Gemeente!).Order(StringComparer.Ordinal).ToList();
        if (unseen == 0 || options.MaxWithdrawalShare >= 1 || (unseen <= live * options.MaxWithdrawalShare && emptied.Count == 0))
        {
            return await SourcedTables.WithdrawUnseenAsync(db, run.Connector, stream, file.Id, run.Id, touched, cancellationToken);
        }

        var now = time.GetUtcNow();
        await db.SourceFiles.Where(f => f.Id == file.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.HeldAt, now).SetProperty(f => f.HeldWithdrawals, unseen), cancellationToken);
        _held[run.Id] = true;
        var why = emptied.Count > 0
            ? $"every live row of {string.Join(", ", emptied)}"
            : $"{unseen} of {live} live rows, more than {options.MaxWithdrawalShare:P0} (Hub:Sync:MaxWithdrawalShare)";
        AddEvent(
            db,
            run,
            SyncRunEventKinds.SnapshotHeld,
            $"Stream {stream}: {file.Name} (source file {file.Id}) would withdraw {why}; its records were applied, the withdrawal was held. "
                + "Release it with releaseHeldSnapshot(sourceFileId:) or deliver a corrected export.",
            unseen);
        return 0;
    }

    /// <summary>
    /// Applies the held withdrawal of <paramref name="sourceFileId"/> (see <see cref="SyncRunStatus.Held"/>),
    /// recorded as an event of the run that held it.
    /// </summary>
    /// <returns>The rows withdrawn.</returns>
    /// <exception cref="InvalidOperationException">The document is unknown, not held, released already, or
    /// superseded by a later document of its stream (whose own withdrawal decides).</exception>
    /// <exception cref="SyncAlreadyRunningException">The connector is running.</exception>
    public async Task<int> ReleaseHeldSnapshotAsync(long sourceFileId, string releasedBy, CancellationToken cancellationToken) =>
        await ReleaseHeldSnapshotAsync(sourceFileId, releasedBy, allowedGemeenten: null, cancellationToken);

    /// <summary>
    /// As <see cref="ReleaseHeldSnapshotAsync(long, string, CancellationToken)"/>, for a caller who may
    /// only touch the rows of <paramref name="allowedGemeenten"/> (null: every gemeente): refused when the
    /// withdrawal would touch a row of another gemeente or one without a gemeente.
    /// </summary>
    public async Task<int> ReleaseHeldSnapshotAsync(long sourceFileId, string releasedBy, IReadOnlyCollection<string>? allowedGemeenten, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateSystem();
        var file = await db.SourceFiles.FirstOrDefaultAsync(f => f.Id == sourceFileId, cancellationToken)
            ?? throw new InvalidOperationException($"Source file {sourceFileId} does not exist.");
        if (file.HeldAt is null || file.ReleasedAt is not null)
        {
            throw new InvalidOperationException(file.ReleasedAt is null
                ? $"Source file {sourceFileId} ({file.Name}) is not held."
                : $"Source file {sourceFileId} ({file.Name}) was released already at {file.ReleasedAt:u} by {file.ReleasedBy}.");
        }

        if (_active.ContainsKey(file.Connector))
        {
            throw new SyncAlreadyRunningException($"Connector '{file.Connector}' is running; release the held snapshot when its run has ended.");
        }

        var later = await db.SourceFiles
            .Where(f => f.Connector == file.Connector && f.Stream == file.Stream && f.Id > file.Id && f.AppliedAt != null)
            .Select(f => f.Name)
            .FirstOrDefaultAsync(cancellationToken);
        if (later is not null)
        {
            throw new InvalidOperationException($"Source file {sourceFileId} ({file.Name}) was superseded by {later}; its withdrawal is not applied.");
        }

        if (allowedGemeenten is not null)
        {
            var touched = await SourcedTables.WithdrawalPreviewAsync(db, file.Connector, file.Stream, file.Id, cancellationToken);
            if (touched.Any(c => c.Unseen > 0 && (c.Gemeente is null || !allowedGemeenten.Contains(c.Gemeente))))
            {
                throw new InvalidOperationException(
                    $"The held withdrawal of source file {sourceFileId} touches rows of gemeenten outside your access; a beheerder with access to all of them releases it.");
            }
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var persons = new HashSet<long>();
        var withdrawn = await SourcedTables.WithdrawUnseenAsync(db, file.Connector, file.Stream, file.Id, file.RunId, persons, cancellationToken);
        file.ReleasedAt = time.GetUtcNow();
        file.ReleasedBy = releasedBy;
        await db.SaveChangesAsync(cancellationToken);
        await JourneyProjection.RefreshAsync(db, persons, cancellationToken);
        await tx.CommitAsync(cancellationToken);

        var run = await db.SyncRuns.FirstAsync(r => r.Id == file.RunId, cancellationToken);
        await AddEventAsync(
            run,
            SyncRunEventKinds.SnapshotReleased,
            $"Stream {file.Stream}: the held withdrawal of {file.Name} (source file {file.Id}) was released by {releasedBy}: {withdrawn} rows withdrawn.",
            withdrawn,
            cancellationToken);
        return withdrawn;
    }

    /// <summary>
    /// Adds quarantine entries, one open entry per refused record: an entry equal to an open one
    /// (connector, stream, reason, source id or else location, content and message) raises that
    /// one's <see cref="QuarantineRecord.SeenCount"/> and last-seen run instead of adding a copy.
    /// </summary>
    private static async Task AddQuarantineAsync(HubDbContext db, SyncRun run, string stream, List<QuarantineRecord> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        static string KeyOf(QuarantineRecord q) => q.SourceId ?? q.Location;
        var keys = entries.Select(KeyOf).Distinct(StringComparer.Ordinal).ToList();
        var open = await db.QuarantineRecords
            .Where(q => q.Connector == run.Connector && q.Stream == stream && q.Status == QuarantineStatus.Open
                && ((q.SourceId != null && keys.Contains(q.SourceId)) || (q.SourceId == null && keys.Contains(q.Location))))
            .ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            var same = open.FirstOrDefault(q =>
                q.ReasonCode == entry.ReasonCode && KeyOf(q) == KeyOf(entry) && q.Content == entry.Content && q.Message == entry.Message);
            if (same is not null)
            {
                same.SeenCount++;
                same.LastSeenRunId = run.Id;
                continue;
            }

            entry.LastSeenRunId = run.Id;
            db.QuarantineRecords.Add(entry);
            open.Add(entry);
        }
    }

    /// <summary>The run that applied a document with the same name and SHA-256 before, or null.</summary>
    private async Task<long?> AppliedBeforeAsync(string connector, string stream, DocumentStarted started, CancellationToken cancellationToken)
    {
        var name = Bsn.Mask(started.Name);
        await using var db = dbFactory.CreateSystem();
        return await db.SourceFiles
            .Where(f => f.Connector == connector && f.Stream == stream && f.Name == name && f.Sha256 == started.Sha256 && f.AppliedAt != null)
            .OrderByDescending(f => f.Id)
            .Select(f => (long?)f.RunId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Keeps an event with the run (at once, in its own transaction) and logs it at Information.</summary>
    private async Task AddEventAsync(SyncRun run, string kind, string message, int? count, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateSystem();
        AddEvent(db, run, kind, message, count);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds an event to <paramref name="db"/> (saved with its transaction) and logs it at Information.</summary>
    private void AddEvent(HubDbContext db, SyncRun run, string kind, string message, int? count)
    {
        var entry = new SyncRunEvent { RunId = run.Id, At = time.GetUtcNow(), Kind = kind, Message = Bsn.Mask(message), Count = count };
        db.SyncRunEvents.Add(entry);
        LogRunEvent(run.Id, run.Connector, kind, entry.Message);
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
        await AddQuarantineAsync(
            db,
            run,
            stream,
            [_quarantine.Create(run.Id, run.Connector, stream, file?.Id, file?.Name ?? "(unknown document)", "", failed.ReasonCode, failed.Message, null, null)],
            cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync run {RunId} of {Connector}: {Kind} {Message}")]
    private partial void LogRunEvent(long runId, string connector, string kind, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sync run {RunId} of {Connector} failed: {Error}")]
    private partial void LogRunFailed(long runId, string connector, string error);
}

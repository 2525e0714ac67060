using System.Text.Json;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Configuration;
using Inburgering.Hub.Sync.Journey;
using Inburgering.Hub.Sync.Persons;
using Inburgering.Hub.Sync.Writers;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Quarantine;

/// <summary>
/// Replays quarantined records after a mapping or configuration fix (a gemeente added, a code list
/// extended), or discards them. Only records the connector could read are replayable: the engine
/// kept them without their person plus the person's pseudonyms. A record the connector could not
/// read (a bad date, a malformed line) needs a corrected delivery from the partner.
/// The caller only reaches quarantine rows its scope lets it see.
/// </summary>
public sealed class QuarantineService(
    HubDbContextFactory dbFactory,
    RecordWriters writers,
    IPseudonymizer pseudonymizer,
    GemeenteCatalog gemeenten,
    TimeProvider time)
{
    public async Task<IReadOnlyList<QuarantineOutcome>> ReplayAsync(IReadOnlyCollection<long> ids, ICallerScope caller, CancellationToken cancellationToken)
    {
        var visible = await VisibleAsync(ids, caller, cancellationToken);
        var outcomes = new List<QuarantineOutcome>();
        foreach (var id in ids.Where(i => !visible.ContainsKey(i)))
        {
            outcomes.Add(new QuarantineOutcome(id, false, "No such quarantined record (or not yours to see)."));
        }

        foreach (var group in visible.Values.GroupBy(q => (q.Connector, q.Stream)))
        {
            outcomes.AddRange(await ReplayGroupAsync(group.Key.Connector, group.Key.Stream, [.. group], cancellationToken));
        }

        return [.. outcomes.OrderBy(o => o.Id)];
    }

    public async Task<IReadOnlyList<QuarantineOutcome>> DiscardAsync(IReadOnlyCollection<long> ids, ICallerScope caller, CancellationToken cancellationToken)
    {
        var visible = await VisibleAsync(ids, caller, cancellationToken);
        await using var db = dbFactory.CreateSystem();
        var rows = await db.QuarantineRecords.Where(q => visible.Keys.Contains(q.Id)).ToListAsync(cancellationToken);
        foreach (var row in rows.Where(r => r.Status == QuarantineStatus.Open))
        {
            row.Status = QuarantineStatus.Discarded;
            row.ResolvedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        return [.. ids.Order().Select(id => rows.FirstOrDefault(r => r.Id == id) is { } r
            ? new QuarantineOutcome(id, r.Status == QuarantineStatus.Discarded, r.Status == QuarantineStatus.Discarded ? "Discarded." : $"Not open ({r.Status}).")
            : new QuarantineOutcome(id, false, "No such quarantined record (or not yours to see)."))];
    }

    private async Task<Dictionary<long, QuarantineRecord>> VisibleAsync(IReadOnlyCollection<long> ids, ICallerScope caller, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create(caller);
        return await db.QuarantineRecords.AsNoTracking().Where(q => ids.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
    }

    private async Task<List<QuarantineOutcome>> ReplayGroupAsync(string connector, string stream, List<QuarantineRecord> rows, CancellationToken cancellationToken)
    {
        var outcomes = new List<QuarantineOutcome>();
        await using var db = dbFactory.CreateSystem();
        var run = new SyncRun
        {
            Connector = connector,
            ConnectorVersion = "replay",
            Trigger = SyncTrigger.Manual,
            Status = SyncRunStatus.Running,
            StartedAt = time.GetUtcNow(),
        };
        db.SyncRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in rows)
        {
            if (row.Status != QuarantineStatus.Open)
            {
                outcomes.Add(new QuarantineOutcome(row.Id, false, $"Not open ({row.Status})."));
                continue;
            }

            var type = row.RecordType is null ? null : writers.RecordType(row.RecordType);
            if (type is null || row.RecordJson is null || row.SourceId is null)
            {
                outcomes.Add(new QuarantineOutcome(row.Id, false, "Not replayable: the connector could not read this record; the partner must deliver it again."));
                continue;
            }

            var record = (IngestRecord)JsonSerializer.Deserialize(row.RecordJson, type)!;
            var key = record is PersonIngestRecord ? new PersonKey(row.BsnPseudoniem, row.VNummerPseudoniem) : null;
            var context = new WriteContext(db, run.Id, connector, stream, row.SourceFileId, pseudonymizer, gemeenten, RejectDuplicates: false);
            var outcome = new WriteOutcome();
            var source = new SourceRecord(row.SourceId, row.Location, row.Content, record);
            await writers.For(type).WriteAsync(context, [source], outcome, cancellationToken, [key]);
            await JourneyProjection.RefreshAsync(db, context.TouchedPersons, cancellationToken);
            if (outcome.Rejected.Count > 0)
            {
                var rejection = outcome.Rejected[0].Rejection;
                outcomes.Add(new QuarantineOutcome(row.Id, false, $"Still rejected: {rejection.ReasonCode} {rejection.Message}"));
                continue;
            }

            await db.QuarantineRecords.Where(q => q.Id == row.Id).ExecuteUpdateAsync(
                s => s.SetProperty(q => q.Status, QuarantineStatus.Replayed)
                    .SetProperty(q => q.ResolvedAt, time.GetUtcNow())
                    .SetProperty(q => q.ResolvedRunId, run.Id),
                cancellationToken);
            run.Read++;
            run.Inserted += outcome.Inserted;
            run.Updated += outcome.Updated;
            run.Unchanged += outcome.Unchanged;
            outcomes.Add(new QuarantineOutcome(row.Id, true, outcome.Inserted + outcome.Updated > 0 ? "Replayed into the store." : "Replayed; the store already held this version."));
        }

        run.Status = SyncRunStatus.Succeeded;
        run.EndedAt = time.GetUtcNow();
        db.SyncRuns.Update(run);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return outcomes;
    }
}

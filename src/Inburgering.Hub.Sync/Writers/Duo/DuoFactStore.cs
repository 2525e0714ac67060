using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Writers.Duo;

/// <summary>
/// The persistence step of the DUO derivation: loads the persons' meldingen, derives their facts
/// (<see cref="DuoDerivation.Derive"/>) and makes the store match them. Derived rows are
/// <see cref="SourcedRecord"/>s of the melding they come from and are upserted by
/// (connector, stream, source id) with the content hash of <see cref="ContentProperties{T}"/>:
/// equal facts change nothing; a row no longer derived is marked deleted (never removed); a row
/// derived again is revived. Also sets <see cref="DuoMelding.VervangenDoorSourceId"/> and the
/// person's responsible gemeente (DUO priority) from the derivation.
/// </summary>
internal static class DuoFactStore
{
    /// <summary>A person's gemeente as it was before the batch (to tell a real change from a round trip).</summary>
    public sealed record PersonSnapshot(string GemeenteCode, GemeentePrioriteit GemeentePrioriteit, long LastChangedRunId);

    public static async Task RederiveAsync(
        WriteContext context,
        IReadOnlyCollection<long> personIds,
        IReadOnlyDictionary<long, PersonSnapshot> before,
        WriteOutcome outcome,
        CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return;
        }

        var db = context.Db;
        var ids = personIds.ToList();
        var persons = await db.Inburgeraars.IgnoreQueryFilters()
            .Where(i => ids.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        var meldingen = await DuoMeldingWriter.Meldingen(db, context)
            .Where(m => ids.Contains(m.InburgeraarId))
            .ToListAsync(cancellationToken);
        var ownIds = meldingen.Select(m => m.SourceId).ToList();
        var elders = await DuoMeldingWriter.Meldingen(db, context).AsNoTracking()
            .Where(m => m.CorrectieVan != null && ownIds.Contains(m.CorrectieVan) && !ids.Contains(m.InburgeraarId))
            .ToListAsync(cancellationToken);

        var plichten = new List<Inburgeringsplicht>();
        var perioden = new List<PlichtGemeente>();
        var examens = new List<Examenonderdeel>();
        var verlengingen = new List<TermijnVerlenging>();
        var boetes = new List<Boete>();
        foreach (var group in meldingen.GroupBy(m => m.InburgeraarId))
        {
            var own = group.Select(m => m.SourceId).ToHashSet(StringComparer.Ordinal);
            var facts = DuoDerivation.Derive([.. group], [.. elders.Where(e => own.Contains(e.CorrectieVan!))]);
            foreach (var melding in group)
            {
                var by = facts.VervangenDoor[melding.SourceId];
                if (melding.VervangenDoorSourceId != by)
                {
                    melding.VervangenDoorSourceId = by;
                    if (melding.FirstSeenRunId != context.RunId)
                    {
                        // A row inserted by this run is not also counted as updated.
                        melding.LastChangedRunId = context.RunId;
                        outcome.Updated++;
                    }
                }
            }

            plichten.AddRange(facts.Plichten);
            perioden.AddRange(facts.PlichtGemeenten);
            examens.AddRange(facts.Examens);
            verlengingen.AddRange(facts.Verlengingen);
            boetes.AddRange(facts.Boetes);
            if (facts.VerantwoordelijkeGemeente is { } gemeente && persons.TryGetValue(group.Key, out var person))
            {
                Responsible(person, gemeente, before.GetValueOrDefault(person.Id), context.RunId);
            }
        }

        string Identity(long personId) =>
            persons.TryGetValue(personId, out var p) ? p.Pseudoniem ?? $"v:{p.VNummerPseudoniem}" : "";

        await SyncAsync(context, ids, plichten, Identity, outcome, cancellationToken);
        await SyncAsync(context, ids, perioden, Identity, outcome, cancellationToken);
        await SyncAsync(context, ids, examens, Identity, outcome, cancellationToken);
        await SyncAsync(context, ids, verlengingen, Identity, outcome, cancellationToken);
        await SyncAsync(context, ids, boetes, Identity, outcome, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>The DUO plicht gemeente is the person's responsible gemeente (<see cref="GemeentePrioriteit.DuoPlicht"/>), following VERHUISD.</summary>
    private static void Responsible(Inburgeraar person, string gemeente, PersonSnapshot? before, long runId)
    {
        if (person.GemeenteCode == gemeente && person.GemeentePrioriteit >= GemeentePrioriteit.DuoPlicht)
        {
            return;
        }

        person.GemeenteCode = gemeente;
        person.GemeentePrioriteit = GemeentePrioriteit.DuoPlicht;
        person.LastChangedRunId = before is not null && before.GemeenteCode == gemeente && before.GemeentePrioriteit == GemeentePrioriteit.DuoPlicht
            ? before.LastChangedRunId // a claim of this batch moved it away and back: nothing changed
            : runId;
    }

    private static async Task SyncAsync<T>(
        WriteContext context,
        List<long> personIds,
        List<T> derived,
        Func<long, string> identity,
        WriteOutcome outcome,
        CancellationToken cancellationToken)
        where T : PersonFact
    {
        var set = context.Db.Set<T>();
        var sourceIds = derived.Select(d => d.SourceId).ToList();
        var existing = await set.IgnoreQueryFilters()
            .Where(e => e.SourceConnector == context.Connector && e.SourceStream == context.Stream
                && (personIds.Contains(e.InburgeraarId) || sourceIds.Contains(e.SourceId)))
            .ToDictionaryAsync(e => e.SourceId, StringComparer.Ordinal, cancellationToken);

        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in derived)
        {
            if (!kept.Add(row.SourceId))
            {
                continue;
            }

            var hash = ContentProperties<T>.Hash(row, identity(row.InburgeraarId));
            if (!existing.TryGetValue(row.SourceId, out var stored))
            {
                row.ContentHash = hash;
                row.FirstSeenRunId = context.RunId;
                row.LastChangedRunId = context.RunId;
                set.Add(row);
                outcome.Inserted++;
                continue;
            }

            if (stored.ContentHash == hash && !stored.IsDeleted && stored.InburgeraarId == row.InburgeraarId)
            {
                outcome.Unchanged++;
                continue;
            }

            ContentProperties<T>.Copy(row, stored);
            stored.ContentHash = hash;
            stored.LastChangedRunId = context.RunId;
            stored.SourceFileId = row.SourceFileId;
            stored.SourceLocation = row.SourceLocation;
            stored.LastSeenFileId = row.LastSeenFileId;
            stored.IsDeleted = false;
            stored.DeletedRunId = null;
            outcome.Updated++;
        }

        foreach (var stored in existing.Values.Where(e => !kept.Contains(e.SourceId) && !e.IsDeleted && personIds.Contains(e.InburgeraarId)))
        {
            stored.IsDeleted = true;
            stored.DeletedRunId = context.RunId;
            stored.LastChangedRunId = context.RunId;
            outcome.Updated++;
        }
    }
}

using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Providers;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Sync.Tables;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Persons;

/// <summary>
/// Finds or creates the <see cref="Inburgeraar"/> of each record in a batch, merging a person known
/// only by V-nummer into the BSN person once a record carries both.
/// </summary>
internal sealed class PersonResolver(HubDbContext db, long runId, ISet<long>? touched = null, Engine.InFlightBatch? before = null)
{
    /// <summary>Persons created by this batch and not yet stored; EF does not track them.</summary>
    private readonly List<Inburgeraar> _created = [];

    /// <summary>Resolves every claim to a person id (same order as <paramref name="claims"/>).</summary>
    public async Task<long[]> ResolveAsync(IReadOnlyList<PersonClaim> claims, CancellationToken cancellationToken)
    {
        var bsnKeys = claims.Select(c => c.Key.BsnPseudoniem).OfType<string>().Distinct().ToList();
        var vnrKeys = claims.Select(c => c.Key.VNummerPseudoniem).OfType<string>().Distinct().ToList();
        var beforeCommitted = before is null || before.Committed.IsCompleted;
        var known = await FindAsync(bsnKeys, vnrKeys, cancellationToken);
        if (!beforeCommitted && known.Exists(before!.Holds))
        {
            // A person that the batch still being written beside this one claims by another key (e.g. by its
            // BSN while this record has its V-nummer): that batch may change or merge it. Found again once it
            // has committed. No earlier writer of this batch found such a person (it would have waited), so
            // the held persons loaded here carry no change of this batch yet.
            await before.Committed;
            foreach (var held in known.Where(before.Holds))
            {
                db.Entry(held).State = EntityState.Detached;
            }

            known = await FindAsync(bsnKeys, vnrKeys, cancellationToken);
        }

        var byBsn = known.Where(i => i.Pseudoniem != null).DistinctBy(i => i.Id).ToDictionary(i => i.Pseudoniem!, StringComparer.Ordinal);
        var byVnr = known.Where(i => i.VNummerPseudoniem != null).DistinctBy(i => i.Id).ToDictionary(i => i.VNummerPseudoniem!, StringComparer.Ordinal);

        var persons = new Inburgeraar[claims.Count];
        var mergedInto = new Dictionary<Inburgeraar, Inburgeraar>(ReferenceEqualityComparer.Instance);
        for (var n = 0; n < claims.Count; n++)
        {
            var claim = claims[n];
            var person = await FindOrCreateAsync(claim.Key, byBsn, byVnr, mergedInto, cancellationToken);
            Apply(person, claim);
            persons[n] = person;
        }

        await FlushCreatedAsync(track: false, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // A claim resolved before a later claim of the batch merged its person away belongs to the survivor.
        return [.. persons.Select(p => Survivor(p, mergedInto).Id)];
    }

    /// <summary>The stored persons with one of the BSN or V-nummer pseudonyms (tracked).</summary>
    private async Task<List<Inburgeraar>> FindAsync(List<string> bsnKeys, List<string> vnrKeys, CancellationToken cancellationToken)
    {
        // One JSON parameter per key list (json_each) rather than one SQL parameter per key: a batch
        // has thousands of keys. Two queries, so each probes its own unique index.
        var known = await db.Inburgeraars.IgnoreQueryFilters()
            .Where(i => i.Pseudoniem != null && EF.Parameter(bsnKeys).Contains(i.Pseudoniem))
            .ToListAsync(cancellationToken);
        known.AddRange(await db.Inburgeraars.IgnoreQueryFilters()
            .Where(i => i.VNummerPseudoniem != null && EF.Parameter(vnrKeys).Contains(i.VNummerPseudoniem))
            .ToListAsync(cancellationToken));
        return known;
    }

    /// <summary>
    /// Stores the persons created so far with one bulk insert (EF would insert them one by one) that
    /// returns their ids, or else reads their ids back by their unique pseudonyms. With <paramref name="track"/> EF tracks them
    /// from then on, so later changes in the batch (a merge) are saved.
    /// </summary>
    private async Task FlushCreatedAsync(bool track, CancellationToken cancellationToken)
    {
        if (_created.Count == 0)
        {
            return;
        }

        if (!await db.DatabaseProvider().BulkInsertWithKeysAsync(db, _created, cancellationToken))
        {
            await ReadIdsAsync(_created, cancellationToken);
        }

        if (track)
        {
            db.Inburgeraars.AttachRange(_created);
        }

        _created.Clear();
    }

    /// <summary>Sets the ids of freshly inserted persons, found by their BSN pseudonym or else their V-nummer pseudonym.</summary>
    private async Task ReadIdsAsync(List<Inburgeraar> created, CancellationToken cancellationToken)
    {
        if (created.Count == 0)
        {
            return;
        }

        var bsnKeys = created.Select(p => p.Pseudoniem).OfType<string>().ToList();
        var vnrKeys = created.Where(p => p.Pseudoniem is null).Select(p => p.VNummerPseudoniem).OfType<string>().ToList();
        var byBsn = bsnKeys.Count == 0
            ? []
            : await db.Inburgeraars.IgnoreQueryFilters().AsNoTracking()
                .Where(i => i.Pseudoniem != null && EF.Parameter(bsnKeys).Contains(i.Pseudoniem))
                .Select(i => new { Key = i.Pseudoniem!, i.Id })
                .ToDictionaryAsync(i => i.Key, i => i.Id, StringComparer.Ordinal, cancellationToken);
        var byVnr = vnrKeys.Count == 0
            ? []
            : await db.Inburgeraars.IgnoreQueryFilters().AsNoTracking()
                .Where(i => i.VNummerPseudoniem != null && EF.Parameter(vnrKeys).Contains(i.VNummerPseudoniem))
                .Select(i => new { Key = i.VNummerPseudoniem!, i.Id })
                .ToDictionaryAsync(i => i.Key, i => i.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var person in created)
        {
            person.Id = person.Pseudoniem is { } bsn ? byBsn[bsn] : byVnr[person.VNummerPseudoniem!];
        }
    }

    private static Inburgeraar Survivor(Inburgeraar person, Dictionary<Inburgeraar, Inburgeraar> mergedInto)
    {
        while (mergedInto.TryGetValue(person, out var into))
        {
            person = into;
        }

        return person;
    }

    private async Task<Inburgeraar> FindOrCreateAsync(
        PersonKey key,
        Dictionary<string, Inburgeraar> byBsn,
        Dictionary<string, Inburgeraar> byVnr,
        Dictionary<Inburgeraar, Inburgeraar> mergedInto,
        CancellationToken cancellationToken)
    {
        var viaBsn = key.BsnPseudoniem is { } b ? byBsn.GetValueOrDefault(b) : null;
        var viaVnr = key.VNummerPseudoniem is { } v ? byVnr.GetValueOrDefault(v) : null;

        if (viaBsn is not null && viaVnr is not null && !ReferenceEquals(viaBsn, viaVnr))
        {
            if (viaVnr.Pseudoniem is null)
            {
                await MergeAsync(from: viaVnr, into: viaBsn, cancellationToken);
                byVnr[key.VNummerPseudoniem!] = viaBsn;
                mergedInto[viaVnr] = viaBsn;
            }

            return viaBsn;
        }

        var person = viaBsn ?? viaVnr;
        if (person is null)
        {
            person = new Inburgeraar { FirstSeenRunId = runId, LastChangedRunId = runId };
            _created.Add(person);
        }

        if (person.Pseudoniem is null && key.BsnPseudoniem is not null)
        {
            person.Pseudoniem = key.BsnPseudoniem;
            byBsn[key.BsnPseudoniem] = person;
        }

        if (person.VNummerPseudoniem is null && key.VNummerPseudoniem is not null)
        {
            person.VNummerPseudoniem = key.VNummerPseudoniem;
            byVnr[key.VNummerPseudoniem] = person;
        }

        return person;
    }

    /// <summary>Moves every fact of a V-nummer-only person to the BSN person and removes the former.</summary>
    private async Task MergeAsync(Inburgeraar from, Inburgeraar into, CancellationToken cancellationToken)
    {
        if (before is not null)
        {
            // The merge moves every row of the merged person, also one the batch beside this one writes by
            // its source id (a row moving away from that person, or a refused record's row marked seen):
            // waiting for its lock here while it waits for this batch's commit would stall both. Merges are rare.
            await before.Committed;
        }

        await FlushCreatedAsync(track: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var table in SourcedTables.All)
        {
            await table.ReassignPersonAsync(db, from.Id, into.Id, cancellationToken);
        }

        // The merged-away person's milestones go with it (cascade); the survivor's are derived anew.
        touched?.Add(into.Id);

        db.Inburgeraars.Remove(from);
        await db.SaveChangesAsync(cancellationToken);

        into.VNummerPseudoniem ??= from.VNummerPseudoniem;
        into.Geboortejaar ??= from.Geboortejaar;
        into.Herkomstland ??= from.Herkomstland;
        if (from.GemeentePrioriteit > into.GemeentePrioriteit)
        {
            into.GemeenteCode = from.GemeenteCode;
            into.GemeentePrioriteit = from.GemeentePrioriteit;
        }

        into.LastChangedRunId = runId;
    }

    private void Apply(Inburgeraar person, PersonClaim claim)
    {
        var changed = false;
        if (claim.Geboortejaar is { } jaar && person.Geboortejaar != jaar)
        {
            person.Geboortejaar = jaar;
            changed = true;
        }

        if (claim.Herkomstland is { } land && person.Herkomstland != land)
        {
            person.Herkomstland = land;
            changed = true;
        }

        if (person.GemeenteCode.Length == 0
            || (claim.Prioriteit >= person.GemeentePrioriteit && person.GemeenteCode != claim.GemeenteCode))
        {
            person.GemeenteCode = claim.GemeenteCode;
            person.GemeentePrioriteit = claim.Prioriteit;
            changed = true;
        }
        else if (claim.Prioriteit > person.GemeentePrioriteit)
        {
            person.GemeentePrioriteit = claim.Prioriteit;
        }

        if (changed && person.Id != 0)
        {
            person.LastChangedRunId = runId;
        }
    }
}

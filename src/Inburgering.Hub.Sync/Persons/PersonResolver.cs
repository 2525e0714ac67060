using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Persons;

/// <summary>
/// Finds or creates the <see cref="Inburgeraar"/> of each record in a batch, merging a person known
/// only by V-nummer into the BSN person once a record carries both.
/// </summary>
internal sealed class PersonResolver(HubDbContext db, long runId)
{
    /// <summary>Resolves every claim to a person id (same order as <paramref name="claims"/>).</summary>
    public async Task<long[]> ResolveAsync(IReadOnlyList<PersonClaim> claims, CancellationToken cancellationToken)
    {
        var bsnKeys = claims.Select(c => c.Key.BsnPseudoniem).OfType<string>().Distinct().ToList();
        var vnrKeys = claims.Select(c => c.Key.VNummerPseudoniem).OfType<string>().Distinct().ToList();
        var known = await db.Inburgeraars.IgnoreQueryFilters()
            .Where(i => (i.Pseudoniem != null && bsnKeys.Contains(i.Pseudoniem))
                || (i.VNummerPseudoniem != null && vnrKeys.Contains(i.VNummerPseudoniem)))
            .ToListAsync(cancellationToken);
        var byBsn = known.Where(i => i.Pseudoniem != null).ToDictionary(i => i.Pseudoniem!, StringComparer.Ordinal);
        var byVnr = known.Where(i => i.VNummerPseudoniem != null).ToDictionary(i => i.VNummerPseudoniem!, StringComparer.Ordinal);

        var persons = new Inburgeraar[claims.Count];
        var mergedInto = new Dictionary<Inburgeraar, Inburgeraar>(ReferenceEqualityComparer.Instance);
        for (var n = 0; n < claims.Count; n++)
        {
            var claim = claims[n];
            var person = await FindOrCreateAsync(claim.Key, byBsn, byVnr, mergedInto, cancellationToken);
            Apply(person, claim);
            persons[n] = person;
        }

        await db.SaveChangesAsync(cancellationToken);

        // A claim resolved before a later claim of the batch merged its person away belongs to the survivor.
        return [.. persons.Select(p => Survivor(p, mergedInto).Id)];
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
            db.Inburgeraars.Add(person);
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
        await db.SaveChangesAsync(cancellationToken);
        foreach (var reassign in PersonFactSets.All)
        {
            await reassign(db, from.Id, into.Id, cancellationToken);
        }

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
            || (claim.GemeentePriority >= person.GemeentePrioriteit && person.GemeenteCode != claim.GemeenteCode))
        {
            person.GemeenteCode = claim.GemeenteCode;
            person.GemeentePrioriteit = claim.GemeentePriority;
            changed = true;
        }
        else if (claim.GemeentePriority > person.GemeentePrioriteit)
        {
            person.GemeentePrioriteit = claim.GemeentePriority;
        }

        if (changed && person.Id != 0)
        {
            person.LastChangedRunId = runId;
        }
    }
}

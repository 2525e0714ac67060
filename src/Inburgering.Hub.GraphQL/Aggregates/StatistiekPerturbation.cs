using Inburgering.Hub.Reporting.Privacy;

namespace Inburgering.Hub.GraphQL.Aggregates;

/// <summary>
/// The cell-key method on a statistics table for a caller with aggregate-only gemeenten (README
/// "Regio figures: the cell-key method"). What a group reveals about those gemeenten is its aggregate-only
/// part (the caller can count the rest from its own rows), so only that part is perturbed:
/// <list type="bullet">
/// <item>aantalPersonen = own persons + ptable(aggregate-only persons, cell key of those persons);</item>
/// <item>aantal = own rows + ptable(aggregate-only rows, the same cell key), and never below aantalPersonen;</item>
/// <item>for tables not about persons (taakstellingen) the units are the rows themselves;</item>
/// <item>a group whose published count is 0 is left out, as a group with no rows is: a published zero (an
/// absent group) may be a true 0, 1 or 2.</item>
/// </list>
/// The same set of units always gets the same published figures, whatever grouping, bucket or gemeenten
/// produced the group, so differences between requests give noise, not persons.
/// </summary>
internal static class StatistiekPerturbation
{
    /// <summary>The groups of <paramref name="groups"/> that are published, with published counts and <see cref="StatistiekRij.AggregaatRijen"/> set.</summary>
    public static List<StatistiekRij> Apply(
        IReadOnlyList<StatistiekRij> groups, IReadOnlyList<StatistiekEenheid> units, IReadOnlyDictionary<long, ulong> recordKeys, PerturbationTable table, bool aboutPersons)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(recordKeys);
        ArgumentNullException.ThrowIfNull(table);
        var perGroup = units.ToLookup(u => (u.K1, u.K2, u.K3, u.Periode));
        var published = new List<StatistiekRij>(groups.Count);
        foreach (var r in groups)
        {
            var own = perGroup[(r.K1, r.K2, r.K3, r.Periode)].ToList();
            if (own.Count == 0)
            {
                published.Add(r); // only the caller's own gemeenten: exact
                continue;
            }

            // A unit without a key was removed between the two statements (a merge); it still counts, with key 0.
            var cellKey = CellKeys.CellKey(own.Select(u => recordKeys.GetValueOrDefault(u.Eenheid)));
            var rijen = own.Sum(u => u.Rijen);
            r.AggregaatRijen = rijen;
            r.Aantal = r.Aantal - rijen + table.Perturb(rijen, cellKey);
            if (aboutPersons)
            {
                r.AantalPersonen = r.AantalPersonen - own.Count + table.Perturb(own.Count, cellKey);
                r.Aantal = Math.Max(r.Aantal, r.AantalPersonen);
                if (r.AantalPersonen == 0)
                {
                    continue;
                }
            }
            else if (r.Aantal == 0)
            {
                continue;
            }

            published.Add(r);
        }

        return published;
    }
}

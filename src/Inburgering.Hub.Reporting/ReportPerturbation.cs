using Inburgering.Hub.Reporting.Privacy;

namespace Inburgering.Hub.Reporting;

/// <summary>
/// The cell-key method on the voortgangsrapportage for a caller who counts over aggregate-only gemeenten
/// (README "Regio figures: the cell-key method"). What a cell reveals about those gemeenten is its
/// aggregate-only part (the caller can count the rest from its own rows), so:
/// <list type="bullet">
/// <item>a cell of an aggregate-only gemeente is published as ptable(count, cell key of its units);</item>
/// <item>a region cell as (region count − aggregate-only part) + ptable(aggregate-only part, cell key of the
/// aggregate-only units), the aggregate-only part being the distinct units over all aggregate-only gemeenten
/// of the report;</item>
/// <item>cells of the caller's own gemeenten stay exact.</item>
/// </list>
/// The same units always give the same published count, whichever gemeenten, period or export asked for
/// them, so the region total minus a gemeente is noise, not persons. Totals need not equal the sum of their parts.
/// </summary>
public static class ReportPerturbation
{
    /// <summary>
    /// Publishes perturbed counts in <paramref name="counts"/> for every cell that includes units of
    /// <paramref name="aggregateOnly"/>; <paramref name="units"/> are those units (distinct per gemeente and row),
    /// <paramref name="recordKey"/> gives the record key of one.
    /// </summary>
    public static void Apply(ReportCounts counts, IReadOnlyCollection<string> aggregateOnly, IReadOnlyList<ReportFact> units, Func<ReportFact, ulong> recordKey, PerturbationTable table)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(aggregateOnly);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(recordKey);
        ArgumentNullException.ThrowIfNull(table);
        if (aggregateOnly.Count == 0)
        {
            return;
        }

        var perRow = units.ToLookup(u => new ReportCel(null, u.Groep, u.Rij, u.Leerroute, u.Soort));
        foreach (var row in counts.Rows.ToList())
        {
            var rowUnits = perRow[row].ToList();
            foreach (var gemeente in aggregateOnly)
            {
                var keys = rowUnits.Where(u => u.Gemeente == gemeente).Select(recordKey).ToList();
                counts.Publish(row.For(gemeente), table.Perturb(keys.Count, CellKeys.CellKey(keys)));
            }

            // A unit counted in two aggregate-only gemeenten is one unit of the region.
            var union = rowUnits.DistinctBy(u => u.Sleutel).Select(recordKey).ToList();
            var exact = counts.Raw(row) - union.Count;
            counts.Publish(row, exact + table.Perturb(union.Count, CellKeys.CellKey(union)));
        }
    }
}

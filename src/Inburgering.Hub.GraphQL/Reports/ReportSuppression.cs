namespace Inburgering.Hub.GraphQL.Reports;

/// <summary>
/// Small-cell suppression of the voortgangsrapportage for a caller who counts over aggregate-only
/// gemeenten (docs/authorization.md rule 2). What a cell reveals about those gemeenten is its
/// aggregate-only part (the caller can count the rest from its own rows), so:
/// <list type="number">
/// <item>primary: an aggregate-only gemeente's cell with a count of 1..k−1 is hidden, and so is a region
/// cell whose aggregate-only part (<see cref="FactCounter.AggregateOnly"/>) is 1..k−1;</item>
/// <item>secondary: when a row then hides exactly one gemeente while its region total is shown, the total
/// minus the shown gemeenten would reveal it, so the next smallest non-zero aggregate-only gemeente of
/// that row is hidden too, or else the region total.</item>
/// </list>
/// Cells of gemeenten the caller has rows of are never hidden; zero is never hidden.
/// </summary>
public static class ReportSuppression
{
    public static IReadOnlyList<ReportCel> Apply(ReportCounts counts, IReadOnlyList<string> gemeenten, IReadOnlySet<string> aggregateOnly, int k)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(gemeenten);
        ArgumentNullException.ThrowIfNull(aggregateOnly);
        var hidden = gemeenten.Where(aggregateOnly.Contains).ToList();
        if (hidden.Count == 0)
        {
            return [];
        }

        bool Small(int count) => count >= 1 && count < k;
        var suppressed = new List<ReportCel>();
        foreach (var row in counts.Rows.ToList())
        {
            var primary = hidden.Where(g => Small(counts.Raw(row.For(g)))).ToList();
            var regio = Small(counts.Raw(row.For(FactCounter.AggregateOnly)));
            if (primary.Count == 1 && !regio)
            {
                var complement = hidden
                    .Where(g => g != primary[0] && counts.Raw(row.For(g)) > 0)
                    .OrderBy(g => counts.Raw(row.For(g)))
                    .ThenBy(g => g, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (complement is null)
                {
                    regio = true;
                }
                else
                {
                    primary.Add(complement);
                }
            }

            suppressed.AddRange(primary.Select(row.For));
            if (regio)
            {
                suppressed.Add(row.For(null));
            }
        }

        counts.Suppress(suppressed);
        return suppressed;
    }
}

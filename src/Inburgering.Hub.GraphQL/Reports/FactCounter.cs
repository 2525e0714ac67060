using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.GraphQL.Reports;

/// <summary>
/// Counts a section's facts in one SQL statement: COUNT(DISTINCT key) per gemeente and row, the same
/// over the union of the gemeenten (the region: distinct, not a sum) and, when the caller counts over
/// aggregate-only gemeenten, over the union of those (<see cref="AggregateOnly"/>, which suppression needs).
/// </summary>
public static class FactCounter
{
    /// <summary>The gemeente key of the counts over the aggregate-only gemeenten of the report.</summary>
    public const string AggregateOnly = "*";

    public static async Task<List<ReportCount>> CountAsync(IQueryable<ReportFact> facts, IReadOnlyCollection<string> aggregateOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(aggregateOnly);
        var perGemeente = facts
            .GroupBy(f => new { f.Gemeente, f.Groep, f.Rij, f.Leerroute, f.Soort })
            .Select(g => new ReportCount
            {
                Gemeente = g.Key.Gemeente,
                Groep = g.Key.Groep,
                Rij = g.Key.Rij,
                Leerroute = g.Key.Leerroute,
                Soort = g.Key.Soort,
                Aantal = g.Select(f => f.Sleutel).Distinct().Count(),
            });
        var counts = perGemeente.Concat(Union(facts, null));
        if (aggregateOnly.Count > 0)
        {
            string[] codes = [.. aggregateOnly];
            counts = counts.Concat(Union(facts.Where(f => codes.Contains(f.Gemeente)), AggregateOnly));
        }

        return await counts.ToListAsync(cancellationToken);
    }

    private static IQueryable<ReportCount> Union(IQueryable<ReportFact> facts, string? key) =>
        facts
            .GroupBy(f => new { f.Groep, f.Rij, f.Leerroute, f.Soort })
            .Select(g => new ReportCount
            {
                Gemeente = key,
                Groep = g.Key.Groep,
                Rij = g.Key.Rij,
                Leerroute = g.Key.Leerroute,
                Soort = g.Key.Soort,
                Aantal = g.Select(f => f.Sleutel).Distinct().Count(),
            });
}

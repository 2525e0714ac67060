using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Reporting;

/// <summary>
/// Counts a section's facts in one SQL statement: COUNT(DISTINCT key) per gemeente and row and the same
/// over the union of the gemeenten (the region: distinct, not a sum). When the caller counts over
/// aggregate-only gemeenten, a second statement lists the distinct units (keys) of those gemeenten per
/// row, which the cell-key method needs (<see cref="ReportPerturbation"/>).
/// </summary>
public static class FactCounter
{
    public static async Task<List<ReportCount>> CountAsync(IQueryable<ReportFact> facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
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
        var regio = facts
            .GroupBy(f => new { f.Groep, f.Rij, f.Leerroute, f.Soort })
            .Select(g => new ReportCount
            {
                Gemeente = null,
                Groep = g.Key.Groep,
                Rij = g.Key.Rij,
                Leerroute = g.Key.Leerroute,
                Soort = g.Key.Soort,
                Aantal = g.Select(f => f.Sleutel).Distinct().Count(),
            });
        return await perGemeente.Concat(regio).ToListAsync(cancellationToken);
    }

    /// <summary>The distinct (gemeente, row, key) of the facts of <paramref name="aggregateOnly"/> gemeenten.</summary>
    public static async Task<List<ReportFact>> UnitsAsync(IQueryable<ReportFact> facts, IReadOnlyCollection<string> aggregateOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(aggregateOnly);
        string[] codes = [.. aggregateOnly];
        return await facts
            .Where(f => codes.Contains(f.Gemeente))
            .GroupBy(f => new { f.Gemeente, f.Groep, f.Rij, f.Leerroute, f.Soort, f.Sleutel })
            .Select(g => new ReportFact { Gemeente = g.Key.Gemeente, Groep = g.Key.Groep, Rij = g.Key.Rij, Leerroute = g.Key.Leerroute, Soort = g.Key.Soort, Sleutel = g.Key.Sleutel })
            .ToListAsync(cancellationToken);
    }
}

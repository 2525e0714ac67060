using Inburgering.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Reporting;

/// <summary>
/// The report's facts read from the journey projection (<see cref="Domain.Entities.InburgeraarMijlpaal"/>,
/// kept by the sync engine in the transaction of the rows it derives from): every section in one
/// statement, a distinct count over the milestones dated in the period whose gemeente is one of the
/// report's, instead of re-deriving each section and the doelbinding from the canonical tables.
/// </summary>
public static class JourneyReport
{
    /// <summary>
    /// Whether the projection gives exactly the sections' counts for <paramref name="db"/>'s caller: the
    /// projection applies the doelbinding and the KPI conditions over all of a person's rows, while the
    /// sections see only the caller's gemeenten; the two agree when the caller sees (rows of, or counts
    /// over) every gemeente the hub serves (<paramref name="served"/>), as the sync engine stores no row
    /// of any other gemeente. Otherwise the report runs the sections on the canonical tables.
    /// </summary>
    public static bool Applies(HubDbContext db, IEnumerable<string> served)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(served);
        return db.Scope.IsUnrestricted || served.All(g => db.Scope.Gemeenten.Contains(g, StringComparer.Ordinal));
    }

    /// <summary>
    /// The counts of all sections within <paramref name="scope"/>'s period and gemeenten, per gemeente and
    /// over the region (distinct, not a sum): the milestones are read in one statement from the covering
    /// period index and counted here, which is cheaper than two sorting GROUP BYs with COUNT(DISTINCT) in
    /// the database (about 350,000 milestones for a year of a 200,000-person region).
    /// </summary>
    public static async Task<List<ReportCount>> CountAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var rows = await Facts(scope).ToListAsync(cancellationToken);
        var counts = new List<ReportCount>();
        foreach (var cel in rows.GroupBy(r => (r.Gemeente, r.Groep, r.Rij, r.Leerroute, r.Soort)))
        {
            counts.Add(new ReportCount
            {
                Gemeente = cel.Key.Gemeente,
                Groep = cel.Key.Groep,
                Rij = cel.Key.Rij,
                Leerroute = cel.Key.Leerroute,
                Soort = cel.Key.Soort,
                Aantal = cel.Select(r => r.Sleutel).Distinct().Count(),
            });
        }

        foreach (var cel in rows.GroupBy(r => (r.Groep, r.Rij, r.Leerroute, r.Soort)))
        {
            counts.Add(new ReportCount
            {
                Gemeente = null,
                Groep = cel.Key.Groep,
                Rij = cel.Key.Rij,
                Leerroute = cel.Key.Leerroute,
                Soort = cel.Key.Soort,
                Aantal = cel.Select(r => r.Sleutel).Distinct().Count(),
            });
        }

        return counts;
    }

    /// <summary>The facts of all sections within <paramref name="scope"/>'s period and gemeenten.</summary>
    public static IQueryable<ReportFact> Facts(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (van, tot, gemeenten) = (scope.Van, scope.Tot, scope.Gemeenten);
        return scope.Db.InburgeraarMijlpalen
            .Where(m => m.Datum >= van && m.Datum <= tot && gemeenten.Contains(m.GemeenteCode))
            .Select(m => new ReportFact { Gemeente = m.GemeenteCode, Sleutel = m.Sleutel, Groep = m.Groep, Rij = m.Rij, Leerroute = m.Leerroute, Soort = m.Soort });
    }
}

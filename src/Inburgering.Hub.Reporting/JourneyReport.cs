using System.Data.Common;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Journey;
using Inburgering.Hub.Data.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Inburgering.Hub.Reporting;

/// <summary>
/// The report's counts from the journey projection (<see cref="Domain.Entities.InburgeraarMijlpaal"/>, kept
/// by the sync engine in the transaction of the rows it derives from): the milestones dated in the period
/// whose gemeente is one of the report's are read as one range per gemeente of the covering index
/// <c>(GemeenteCode, Datum, Cel, Sleutel, InburgeraarId)</c> with a plain <see cref="DbDataReader"/> (small
/// integers, no entities) and counted distinctly here, per gemeente and over the region.
/// <para>
/// A caller scoped to some gemeenten sees, of a person whose rows lie in several gemeenten, only the rows
/// in its own: the doelbinding and the KPI conditions apply to those rows alone. The projection holds each
/// person's milestones over all its rows, which is what such a caller sees exactly when every gemeente of
/// the person's rows is within its reach (always for a person of one gemeente). For the others (the persons
/// <see cref="Domain.Entities.MijlpaalGemeente"/> lists with a gemeente of the report and one outside the
/// caller's reach) the milestones are derived by <see cref="MijlpaalAfleiding"/> on the caller-scoped
/// context, which sees only the caller's rows, and replace theirs from the projection (only for those with a
/// projection milestone in the period and gemeenten: the others have none in the caller's view either, see
/// <see cref="DeriveAsync"/>). So every caller gets
/// exactly the counts of the rules over the rows it may see, and nothing of another gemeente's rows.
/// </para>
/// <para>
/// A regio analist counts on an aggregate store whose scope covers its own gemeenten and those it counts
/// only through regio. Its own columns are not perturbed, so they are counted as a caller of its own
/// gemeenten alone (the view of its row scope); only the aggregate-only columns use the whole reach.
/// </para>
/// </summary>
public static class JourneyReport
{
    private const int SleutelBits = 40;
    private const int CelBits = 7;

    /// <summary>The counts and, for the aggregate-only gemeenten of the report, the distinct units per cell.</summary>
    /// <param name="Counts">Distinct counts per gemeente and cell, and per cell over the region (gemeente null).</param>
    /// <param name="Units">The distinct (gemeente, cell, key) of the aggregate-only gemeenten (for the cell-key method).</param>
    public sealed record Result(List<ReportCount> Counts, List<ReportFact> Units);

    /// <summary>
    /// The counts of all cells over [<paramref name="van"/>, <paramref name="tot"/>] for
    /// <paramref name="gemeenten"/> (each within <paramref name="db"/>'s scope) as <paramref name="db"/>'s
    /// caller sees them.
    /// </summary>
    public static async Task<Result> CountAsync(
        HubDbContext db, DateOnly van, DateOnly tot, IReadOnlyList<string> gemeenten, IReadOnlyCollection<string> aggregateOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(gemeenten);
        ArgumentNullException.ThrowIfNull(aggregateOnly);
        string[] codes = [.. gemeenten.Distinct(StringComparer.Ordinal)];
        if (!db.Scope.IsUnrestricted && codes.Except(db.Scope.Gemeenten, StringComparer.Ordinal).Any())
        {
            throw new InvalidOperationException("The report's gemeenten must be within the caller's scope.");
        }

        var index = codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var feiten = new List<Feit>(capacity: 1024);
        if (db.Scope.IsAggregateOnly && !db.Scope.IsUnrestricted)
        {
            // An aggregate store counts the rows of the caller's own and aggregate-only gemeenten, but only
            // the aggregate-only columns (and the region) are perturbed: the caller's own columns are exact,
            // so they must follow the rules on the rows it may see, never on another gemeente's rows it only
            // counts through regio (e.g. the doelgroep of an Enkhuizen kennisgeving of a Hoorn person).
            string[] rows = [.. db.Scope.Gemeenten.Except(db.Scope.AggregateGemeenten, StringComparer.Ordinal)];
            string[] own = [.. codes.Where(c => rows.Contains(c, StringComparer.Ordinal))];
            string[] counted = [.. codes.Except(own, StringComparer.Ordinal)];
            if (own.Length > 0)
            {
                var options = (DbContextOptions<HubDbContext>)db.GetService<IDbContextOptions>();
                await using var rowView = new HubDbContext(options, CallerScope.ForGemeenten(rows));
                await CountViewAsync(db, rowView, rows, van, tot, own, index, feiten, cancellationToken);
            }

            if (counted.Length > 0)
            {
                await CountViewAsync(db, db, db.Scope.Gemeenten, van, tot, counted, index, feiten, cancellationToken);
            }
        }
        else
        {
            await CountViewAsync(db, db, db.Scope.IsUnrestricted ? null : db.Scope.Gemeenten, van, tot, codes, index, feiten, cancellationToken);
        }

        var aggregate = new bool[codes.Length];
        foreach (var code in aggregateOnly)
        {
            if (index.TryGetValue(code, out var i))
            {
                aggregate[i] = true;
            }
        }

        return Count(feiten, codes, aggregate);
    }

    /// <summary>
    /// The persons with a milestone possible in <paramref name="codes"/> whose rows also lie in a gemeente
    /// outside the caller's reach: their milestones in the caller's view differ from the projection's.
    /// Read outside the caller's row filter (the gemeenten of those persons' other rows decide it); only
    /// person ids leave this method.
    /// </summary>
    private static async Task<HashSet<long>> EigenZichtAsync(HubDbContext db, IReadOnlyList<string>? view, string[] codes, CancellationToken cancellationToken)
    {
        if (view is null)
        {
            return [];
        }

        string[] reach = [.. view];
        var spread = db.MijlpaalGemeenten.IgnoreQueryFilters();
        var ids = await spread
            .Where(g => codes.Contains(g.GemeenteCode))
            .Where(g => spread.Any(o => o.InburgeraarId == g.InburgeraarId && !reach.Contains(o.GemeenteCode)))
            .Select(g => g.InburgeraarId)
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. ids];
    }

    /// <summary>
    /// The milestones of <paramref name="codes"/> as a caller whose rows are those of <paramref name="view"/>
    /// (null: every row) sees them: the projection's, except for the persons whose rows also lie outside
    /// <paramref name="view"/>, which are derived on <paramref name="viewDb"/> (scoped to exactly that view).
    /// </summary>
    private static async Task CountViewAsync(
        HubDbContext db, HubDbContext viewDb, IReadOnlyList<string>? view, DateOnly van, DateOnly tot, string[] codes, Dictionary<string, int> index, List<Feit> feiten, CancellationToken cancellationToken)
    {
        var eigenZicht = await EigenZichtAsync(db, view, codes, cancellationToken);
        var afleiden = new HashSet<long>();
        await ReadProjectionAsync(db, van, tot, codes, index, eigenZicht, afleiden, feiten, cancellationToken);
        if (afleiden.Count > 0)
        {
            await DeriveAsync(viewDb, van, tot, codes, index, afleiden, feiten, cancellationToken);
        }
    }

    private static async Task ReadProjectionAsync(
        HubDbContext db, DateOnly van, DateOnly tot, string[] codes, Dictionary<string, int> index, HashSet<long> eigenZicht, HashSet<long> afleiden, List<Feit> feiten, CancellationToken cancellationToken)
    {
        // The gemeenten as constants: each is a range of the index the planner sees (SQLite and PostgreSQL).
        var milestones = db.InburgeraarMijlpalen.Where(m => m.Datum >= van && m.Datum <= tot && EF.Constant(codes).Contains(m.GemeenteCode));
        await using var command = eigenZicht.Count == 0
            ? milestones.Select(m => new { m.GemeenteCode, m.Cel, m.Sleutel }).CreateDbCommand()
            : milestones.Select(m => new { m.GemeenteCode, m.Cel, m.Sleutel, m.InburgeraarId }).CreateDbCommand();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            string? code = null;
            var gemeente = -1;
            var filter = eigenZicht.Count > 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                if (filter && eigenZicht.Contains(reader.GetInt64(3)))
                {
                    // Derived in the caller's view instead: only the persons with a milestone here (see DeriveAsync).
                    afleiden.Add(reader.GetInt64(3));
                    continue;
                }

                // Rows arrive grouped by gemeente (the index's first column): decode each code once per run.
                var rowCode = reader.GetString(0);
                if (!string.Equals(rowCode, code, StringComparison.Ordinal))
                {
                    code = rowCode;
                    gemeente = index[rowCode];
                }

                feiten.Add(new Feit(gemeente, reader.GetInt16(1), reader.GetInt64(2)));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The milestones of <paramref name="personen"/> in the caller's view: the rules on the caller-scoped rows.
    /// Only the persons with a projection milestone in the period and the report's gemeenten are derived:
    /// every milestone of the caller's view has one in the projection (the full view) from the same record,
    /// so with the same date and gemeente. The caller's rows are a subset of the person's rows, and no
    /// milestone needs the absence of a row, except that its cell may differ: the group (statushouder when
    /// any kennisgeving seen says so), a KPI teller, the route of the latest PIP. Of the rules that require a
    /// group, statushouder (gestart, ontzorgtrajecten, inAanrakingMetWerk) holds in the full view when it
    /// holds in the caller's; vastgesteld (gezinsmigrant) may not, but its intake then gives pipVastgesteld
    /// on the same date and gemeente; a teller needs its noemer; voldaanBinnenTermijn needs some route.
    /// A person with no projection milestone there has none in the caller's view either.
    /// </summary>
    private static async Task DeriveAsync(
        HubDbContext db, DateOnly van, DateOnly tot, string[] codes, Dictionary<string, int> index, HashSet<long> personen, List<Feit> feiten, CancellationToken cancellationToken)
    {
        foreach (var statement in MijlpaalAfleiding.Afleiden(db, MijlpaalPersonen.Lijst(personen)))
        {
            var rows = await statement
                .Where(f => f.Datum >= van && f.Datum <= tot && codes.Contains(f.GemeenteCode))
                .Select(f => new { f.GemeenteCode, f.Groep, f.Rij, f.Leerroute, f.Soort, f.Sleutel })
                .ToListAsync(cancellationToken);
            feiten.AddRange(rows.Select(r => new Feit(index[r.GemeenteCode], MijlpaalCellen.Nummer(r.Groep, r.Rij, r.Leerroute, r.Soort), r.Sleutel)));
        }
    }

    private static Result Count(List<Feit> feiten, string[] codes, bool[] aggregate)
    {
        var counts = new List<ReportCount>();
        var units = new List<ReportFact>();
        var packed = feiten.TrueForAll(f => f.Sleutel >= 0 && f.Sleutel < 1L << SleutelBits) && codes.Length < 1 << (63 - SleutelBits - CelBits);
        if (packed)
        {
            // Distinct (cell, key) per gemeente and over the region: sorted packed longs, counted as runs.
            var local = new long[feiten.Count];
            var regio = new long[feiten.Count];
            for (var i = 0; i < feiten.Count; i++)
            {
                var f = feiten[i];
                regio[i] = ((long)f.Cel << SleutelBits) | f.Sleutel;
                local[i] = ((((long)f.Gemeente << CelBits) | (long)f.Cel) << SleutelBits) | f.Sleutel;
            }

            Array.Sort(local);
            Array.Sort(regio);
            foreach (var (cel, aantal) in Runs(local, units, codes, aggregate))
            {
                var gemeente = (int)(cel >> CelBits);
                counts.Add(Make(codes[gemeente], (short)(cel & ((1 << CelBits) - 1)), aantal));
            }

            foreach (var (cel, aantal) in Runs(regio, null, codes, aggregate))
            {
                counts.Add(Make(null, (short)cel, aantal));
            }

            return new Result(counts, units);
        }

        foreach (var cel in feiten.GroupBy(f => (f.Gemeente, f.Cel)))
        {
            var keys = cel.Select(f => f.Sleutel).Distinct().ToList();
            counts.Add(Make(codes[cel.Key.Gemeente], cel.Key.Cel, keys.Count));
            if (aggregate[cel.Key.Gemeente])
            {
                units.AddRange(keys.Select(k => Unit(codes[cel.Key.Gemeente], cel.Key.Cel, k)));
            }
        }

        foreach (var cel in feiten.GroupBy(f => f.Cel))
        {
            counts.Add(Make(null, cel.Key, cel.Select(f => f.Sleutel).Distinct().Count()));
        }

        return new Result(counts, units);
    }

    /// <summary>The distinct keys per group (the bits above the key) of sorted packed values; the units of aggregate-only gemeenten into <paramref name="units"/>.</summary>
    private static IEnumerable<(long Groep, int Aantal)> Runs(long[] sorted, List<ReportFact>? units, string[] codes, bool[] aggregate)
    {
        var i = 0;
        while (i < sorted.Length)
        {
            var groep = sorted[i] >> SleutelBits;
            var gemeente = (int)(groep >> CelBits);
            var unit = units is not null && aggregate[gemeente];
            var aantal = 0;
            var vorige = -1L;
            for (; i < sorted.Length && sorted[i] >> SleutelBits == groep; i++)
            {
                if (sorted[i] != vorige)
                {
                    aantal++;
                    vorige = sorted[i];
                    if (unit)
                    {
                        units!.Add(Unit(codes[gemeente], (short)(groep & ((1 << CelBits) - 1)), sorted[i] & ((1L << SleutelBits) - 1)));
                    }
                }
            }

            yield return (groep, aantal);
        }
    }

    private static ReportCount Make(string? gemeente, short nummer, int aantal)
    {
        var cel = MijlpaalCellen.Van(nummer);
        return new ReportCount { Gemeente = gemeente, Groep = cel.Groep, Rij = cel.Rij, Leerroute = cel.Leerroute, Soort = cel.Soort, Aantal = aantal };
    }

    private static ReportFact Unit(string gemeente, short nummer, long sleutel)
    {
        var cel = MijlpaalCellen.Van(nummer);
        return new ReportFact { Gemeente = gemeente, Groep = cel.Groep, Rij = cel.Rij, Leerroute = cel.Leerroute, Soort = cel.Soort, Sleutel = sleutel };
    }

    /// <summary>One milestone as counted: gemeente (index in the report's list), cell number, key.</summary>
    private readonly record struct Feit(int Gemeente, short Cel, long Sleutel);
}

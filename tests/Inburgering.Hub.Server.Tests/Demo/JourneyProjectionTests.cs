using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Journey;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Reporting;
using Inburgering.Hub.Sync.Journey;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Demo;

/// <summary>
/// The journey projection the report reads (inburgeraar_mijlpalen), kept batch by batch by the sync engine
/// while the demo region was ingested through the real connectors (with its DUO corrections and a COA
/// snapshot withdrawal), equals a rebuild from the canonical tables; and the report, for callers of every
/// gemeente, of one and of three (whose persons' rows partly lie in gemeenten they do not see), equals cell by
/// cell the rules (<see cref="MijlpaalAfleiding"/>) derived for every person on the rows that caller sees.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class JourneyProjectionTests(DemoHubFactory hub)
{
    [Fact]
    public async Task The_projection_kept_by_the_sync_engine_equals_a_rebuild_from_the_canonical_tables()
    {
        await using var db = hub.Services.GetRequiredService<HubDbContextFactory>().CreateSystem();
        var incremental = await Rows(db);

        await using var tx = await db.Database.BeginTransactionAsync();
        var written = await JourneyProjection.RebuildAsync(db, CancellationToken.None);
        var rebuilt = await Rows(db);
        await tx.RollbackAsync();

        Assert.True(incremental.Count > 1000, $"only {incremental.Count} milestones");
        Assert.Equal(rebuilt, incremental);
        Assert.Equal(written, await db.InburgeraarMijlpalen.CountAsync());
    }

    [Fact]
    public async Task Persons_without_a_doelbinding_have_exactly_their_gehuisvest_milestones()
    {
        await using var db = hub.Services.GetRequiredService<HubDbContextFactory>().CreateSystem();
        var met = (await MijlpaalAfleiding.MetDoelbinding(db, MijlpaalPersonen.Reeks(0, long.MaxValue)).ToListAsync()).ToHashSet();
        var zonder = (await db.Inburgeraars.IgnoreQueryFilters().Select(i => i.Id).ToListAsync()).Where(id => !met.Contains(id)).ToList();
        var personen = MijlpaalPersonen.Lijst(zonder);

        var afgeleid = new List<string>();
        foreach (var statement in MijlpaalAfleiding.Afleiden(db, personen))
        {
            afgeleid.AddRange((await statement.ToListAsync()).Select(Text));
        }

        var gehuisvest = (await MijlpaalAfleiding.Gehuisvest(db, personen).ToListAsync()).Select(Text).ToList();

        Assert.True(met.Count > 100 && zonder.Count > 100, $"{met.Count} persons with and {zonder.Count} without a doelbinding");
        var andereRijen = await db.DuoMeldingen.IgnoreQueryFilters().CountAsync(m => zonder.Contains(m.InburgeraarId))
            + await db.BredeIntakes.IgnoreQueryFilters().CountAsync(i => zonder.Contains(i.InburgeraarId))
            + await db.LeerrouteDeelnames.IgnoreQueryFilters().CountAsync(d => zonder.Contains(d.InburgeraarId))
            + await db.Participatieactiviteiten.IgnoreQueryFilters().CountAsync(a => zonder.Contains(a.InburgeraarId));
        Assert.True(andereRijen > 0, "no person without a doelbinding has rows besides koppelingen (DUO meldingen, intakes, deelnames, participatie) to test with");
        Assert.True(gehuisvest.Count > 100, $"only {gehuisvest.Count} gehuisvest milestones");
        Assert.Equal(afgeleid.Order(StringComparer.Ordinal), gehuisvest.Order(StringComparer.Ordinal));

        static string Text(MijlpaalFeit f) => $"{f.InburgeraarId} {f.GemeenteCode} {f.Datum:yyyy-MM-dd} {f.Cel} {f.Sleutel}";
    }

    [Theory]
    [InlineData("2022-01-01", "2023-07-01")]
    [InlineData("2023-01-01", "2023-12-31")]
    [InlineData("2019-01-01", "2030-12-31")]
    [InlineData("2022-07-01", "2022-07-01")]
    public async Task The_report_counts_every_cell_as_the_rules_on_the_rows_each_caller_sees(string van, string tot)
    {
        var factory = hub.Services.GetRequiredService<HubDbContextFactory>();
        List<string> gemeenten;
        await using (var system = factory.CreateSystem())
        {
            gemeenten = await system.Gemeenten.Select(g => g.Code).OrderBy(c => c).ToListAsync();
            Assert.True(await system.MijlpaalGemeenten.Select(g => g.InburgeraarId).Distinct().CountAsync() > 5, "too few persons span gemeenten to test the scoped view");
        }

        var (vanDatum, totDatum) = (DateOnly.Parse(van, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(tot, System.Globalization.CultureInfo.InvariantCulture));
        var scopes = new[] { gemeenten, gemeenten.Take(1).ToList(), gemeenten.Skip(2).Take(3).ToList() };
        foreach (var bereik in scopes)
        {
            await using var db = factory.Create(CallerScope.ForGemeenten(bereik));
            foreach (var selectie in new[] { bereik, bereik.Take(1).ToList(), bereik.Skip(1).ToList() }.Where(s => s.Count > 0))
            {
                var derived = await DerivedInViewAsync(db, vanDatum, totDatum, selectie);
                var projected = await JourneyReport.CountAsync(db, vanDatum, totDatum, selectie, [], CancellationToken.None);
                Assert.True(derived.Sum(c => c.Aantal) > 0 || van == tot, "the period counts nothing");
                Assert.Equal(Cells(derived), Cells(projected.Counts));
            }
        }
    }

    /// <summary>
    /// The counts of the rules derived for every person on the caller-scoped <paramref name="db"/> (what the
    /// caller sees, without the projection), counted distinctly per gemeente and over the selection.
    /// </summary>
    private static async Task<List<ReportCount>> DerivedInViewAsync(HubDbContext db, DateOnly van, DateOnly tot, List<string> selectie)
    {
        var feiten = new List<(string Gemeente, int Groep, string Rij, Leerroute? Leerroute, ParticipatieSoort? Soort, long Sleutel)>();
        foreach (var statement in MijlpaalAfleiding.Afleiden(db, MijlpaalPersonen.Reeks(0, long.MaxValue)))
        {
            var rows = await statement
                .Where(f => f.Datum >= van && f.Datum <= tot && selectie.Contains(f.GemeenteCode))
                .Select(f => new { f.GemeenteCode, f.Groep, f.Rij, f.Leerroute, f.Soort, f.Sleutel })
                .ToListAsync();
            feiten.AddRange(rows.Select(r => (r.GemeenteCode, r.Groep, r.Rij, r.Leerroute, r.Soort, r.Sleutel)));
        }

        return
        [
            .. feiten.GroupBy(f => (f.Gemeente, f.Groep, f.Rij, f.Leerroute, f.Soort)).Select(g => new ReportCount
            {
                Gemeente = g.Key.Gemeente, Groep = g.Key.Groep, Rij = g.Key.Rij, Leerroute = g.Key.Leerroute, Soort = g.Key.Soort,
                Aantal = g.Select(f => f.Sleutel).Distinct().Count(),
            }),
            .. feiten.GroupBy(f => (f.Groep, f.Rij, f.Leerroute, f.Soort)).Select(g => new ReportCount
            {
                Gemeente = null, Groep = g.Key.Groep, Rij = g.Key.Rij, Leerroute = g.Key.Leerroute, Soort = g.Key.Soort,
                Aantal = g.Select(f => f.Sleutel).Distinct().Count(),
            }),
        ];
    }

    private static List<string> Cells(IEnumerable<ReportCount> counts) =>
        [.. counts.Select(c => $"{c.Gemeente ?? "regio"} {c.Groep} {c.Rij} {c.Leerroute} {c.Soort} = {c.Aantal}").Order(StringComparer.Ordinal)];

    private static async Task<List<string>> Rows(HubDbContext db) =>
        [.. (await db.InburgeraarMijlpalen.AsNoTracking().ToListAsync())
            .Select(m => $"{m.InburgeraarId} {m.GemeenteCode} {m.Datum:yyyy-MM-dd} {m.Cel} {m.Sleutel}")
            .Concat((await db.MijlpaalGemeenten.AsNoTracking().ToListAsync()).Select(g => $"{g.InburgeraarId} in {g.GemeenteCode}"))
            .Order(StringComparer.Ordinal)];
}

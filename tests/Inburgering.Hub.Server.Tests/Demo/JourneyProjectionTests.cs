using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Reporting;
using Inburgering.Hub.Sync.Journey;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Demo;

/// <summary>
/// The journey projection the report reads (inburgeraar_mijlpalen), kept batch by batch by the sync engine
/// while the demo region was ingested through the real connectors (with its DUO corrections and a COA
/// snapshot withdrawal), equals a rebuild from the canonical tables, and the report
/// over it equals the report of the sections on the canonical tables cell by cell.
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

    [Theory]
    [InlineData("2022-01-01", "2023-07-01")]
    [InlineData("2023-01-01", "2023-12-31")]
    [InlineData("2019-01-01", "2030-12-31")]
    [InlineData("2022-07-01", "2022-07-01")]
    public async Task The_report_counts_every_cell_as_the_sections_for_every_caller_scope(string van, string tot)
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
                var scope = new ReportScope(db, vanDatum, totDatum, selectie);
                var sections = new List<ReportCount>();
                foreach (var section in VoortgangsrapportageService.Sections)
                {
                    sections.AddRange(await FactCounter.CountAsync(section.Facts(scope), CancellationToken.None));
                }

                var projected = await JourneyReport.CountAsync(db, vanDatum, totDatum, selectie, [], CancellationToken.None);
                Assert.True(sections.Sum(c => c.Aantal) > 0 || van == tot, "the period counts nothing");
                Assert.Equal(Cells(sections), Cells(projected.Counts));
            }
        }
    }

    private static List<string> Cells(IEnumerable<ReportCount> counts) =>
        [.. counts.Select(c => $"{c.Gemeente ?? "regio"} {c.Groep} {c.Rij} {c.Leerroute} {c.Soort} = {c.Aantal}").Order(StringComparer.Ordinal)];

    private static async Task<List<string>> Rows(HubDbContext db) =>
        [.. (await db.InburgeraarMijlpalen.AsNoTracking().ToListAsync())
            .Select(m => $"{m.InburgeraarId} {m.GemeenteCode} {m.Datum:yyyy-MM-dd} {m.Cel} {m.Sleutel}")
            .Concat((await db.MijlpaalGemeenten.AsNoTracking().ToListAsync()).Select(g => $"{g.InburgeraarId} in {g.GemeenteCode}"))
            .Order(StringComparer.Ordinal)];
}

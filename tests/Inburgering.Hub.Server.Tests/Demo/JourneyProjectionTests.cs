using Inburgering.Hub.Data;
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
        Assert.Equal(rebuilt.Count, written);
        Assert.Equal(rebuilt, incremental);
        Assert.Equal(incremental.Count, await db.InburgeraarMijlpalen.CountAsync());
    }

    [Theory]
    [InlineData("2022-01-01", "2023-07-01")]
    [InlineData("2023-01-01", "2023-12-31")]
    [InlineData("2019-01-01", "2030-12-31")]
    [InlineData("2022-07-01", "2022-07-01")]
    public async Task The_report_over_the_projection_counts_every_cell_as_the_sections_on_the_canonical_tables(string van, string tot)
    {
        await using var db = hub.Services.GetRequiredService<HubDbContextFactory>().CreateSystem();
        var gemeenten = await db.Gemeenten.Select(g => g.Code).OrderBy(c => c).ToListAsync();
        foreach (var selectie in new[] { gemeenten, gemeenten.Take(1).ToList(), gemeenten.Skip(2).Take(3).ToList() })
        {
            var scope = new ReportScope(db, DateOnly.Parse(van, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(tot, System.Globalization.CultureInfo.InvariantCulture), selectie);
            var sections = new List<ReportCount>();
            foreach (var section in VoortgangsrapportageService.Sections)
            {
                sections.AddRange(await FactCounter.CountAsync(section.Facts(scope), CancellationToken.None));
            }

            var projected = await JourneyReport.CountAsync(scope, CancellationToken.None);
            var inDatabase = await FactCounter.CountAsync(JourneyReport.Facts(scope), CancellationToken.None);

            Assert.True(sections.Sum(c => c.Aantal) > 0 || van == tot, "the period counts nothing");
            Assert.Equal(Cells(sections), Cells(projected));
            Assert.Equal(Cells(sections), Cells(inDatabase));
        }
    }

    private static List<string> Cells(IEnumerable<ReportCount> counts) =>
        [.. counts.Select(c => $"{c.Gemeente ?? "regio"} {c.Groep} {c.Rij} {c.Leerroute} {c.Soort} = {c.Aantal}").Order(StringComparer.Ordinal)];

    private static async Task<List<string>> Rows(HubDbContext db) =>
        [.. (await db.InburgeraarMijlpalen.AsNoTracking().ToListAsync())
            .Select(m => $"{m.InburgeraarId} {m.GemeenteCode} {m.Datum:yyyy-MM-dd} {m.Groep} {m.Rij} {m.Leerroute} {m.Soort} {m.Sleutel}")
            .Order(StringComparer.Ordinal)];
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Coa;
using Inburgering.Hub.Connectors.Duo;
using Inburgering.Hub.Connectors.Testing;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.PostgreSql.Tests.Support;
using Inburgering.Hub.Reporting;
using Inburgering.Hub.Reporting.Privacy;
using Inburgering.Hub.Sync.Journey;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.PostgreSql.Tests;

/// <summary>
/// The voortgangsrapportage computed in SQL on PostgreSQL has the same numbers as on SQLite for the
/// same input (the COA and DUO contract fixtures), for a whole region and for a caller-scoped gemeente.
/// </summary>
public sealed class VoortgangsrapportageTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    private static readonly DateOnly Van = new(2020, 1, 1);
    private static readonly DateOnly Tot = new(2025, 12, 31);
    private static readonly JsonSerializerOptions Json = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles, WriteIndented = true };

    static VoortgangsrapportageTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [PostgresFact]
    public async Task The_report_has_the_same_numbers_on_PostgreSQL_as_on_SQLite()
    {
        await using var sqlite = await TestHubHost.OnSqliteAsync(Connectors(), Fixtures());
        await using var postgres = await TestHubHost.OnPostgresAsync(await databases.CreateAsync(), Connectors(), Fixtures());
        foreach (var hub in new[] { sqlite, postgres })
        {
            foreach (var connector in new[] { "coa", "duo" })
            {
                var run = await hub.RunAsync(connector);
                Assert.True(run.Inserted > 0, $"{connector} ran {run.Status}: {run.Error}");
            }
        }

        var region = CallerScope.ForGemeenten(FixtureGemeente.Westfriesland.Select(g => g.Code));
        var fromSqlite = await ReportAsync(sqlite, region);
        var fromPostgres = await ReportAsync(postgres, region);
        Assert.Equal(fromSqlite, fromPostgres);
        Assert.Contains("\"AantalGehuisvest\": ", fromPostgres, StringComparison.Ordinal);
        await using (var db = postgres.For(region))
        {
            Assert.True(await db.Inburgeringsplichten.AnyAsync(), "The DUO fixture gave no inburgeringsplichten: the comparison would say little.");
        }

        var hoorn = CallerScope.ForGemeenten(["GM0405"]);
        Assert.Equal(await ReportAsync(sqlite, hoorn), await ReportAsync(postgres, hoorn));

        // The journey projection the sync engine kept on PostgreSQL equals a rebuild there, and SQLite's.
        var kept = await MilestonesAsync(postgres);
        Assert.NotEmpty(kept);
        Assert.Equal(await MilestonesAsync(sqlite), kept);
        await using (var db = postgres.System())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await JourneyProjection.RebuildAsync(db, CancellationToken.None);
            Assert.Equal(kept, await MilestonesAsync(db));
            await tx.RollbackAsync();
        }
    }

    private static async Task<List<string>> MilestonesAsync(TestHubHost hub)
    {
        await using var db = hub.System();
        return await MilestonesAsync(db);
    }

    /// <summary>The milestones by content (ids of persons differ between databases: keyed by pseudonym).</summary>
    private static async Task<List<string>> MilestonesAsync(HubDbContext db) =>
        [.. (await db.InburgeraarMijlpalen.AsNoTracking()
                .Join(db.Inburgeraars, m => m.InburgeraarId, i => i.Id, (m, i) => new { m, Persoon = i.Pseudoniem ?? i.VNummerPseudoniem })
                .ToListAsync())
            .Select(x => $"{x.Persoon} {x.m.GemeenteCode} {x.m.Datum:yyyy-MM-dd} {x.m.Cel} {(x.m.Sleutel == x.m.InburgeraarId ? "persoon" : "eenheid")}")
            .Order(StringComparer.Ordinal)];

    private static async Task<string> ReportAsync(TestHubHost hub, ICallerScope scope)
    {
        await using var db = hub.For(scope);
        var report = await new VoortgangsrapportageService(new Lazy<CellKeys>(() => throw new InvalidOperationException("an unrestricted report needs no cell keys"))).ComputeAsync(db, Van, Tot, null, CancellationToken.None);
        return JsonSerializer.Serialize(report, Json);
    }

    private static IConnector[] Connectors() => [new CoaConnector(), new DuoConnector()];

    private static Dictionary<string, string?> Fixtures()
    {
        var settings = CoaFixture.Inbox(Path.Combine(Path.GetTempPath(), "inburgering-hub-postgresql-tests", Guid.NewGuid().ToString("N")));
        var duo = Path.Combine(Path.GetTempPath(), "inburgering-hub-postgresql-tests", Guid.NewGuid().ToString("N"), "duo-inbox");
        Directory.CreateDirectory(duo);
        const string file = "duo-meldingen-20240105-001.xml";
        File.Copy(Path.Combine(CoaFixture.ConnectorExamples("Duo"), file), Path.Combine(duo, file));
        settings["Hub:Connectors:duo:Settings:InboxPath"] = duo;
        return settings;
    }
}

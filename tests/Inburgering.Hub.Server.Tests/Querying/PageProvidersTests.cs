using System.Globalization;
using System.Text;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Server.Tests.Support;
using Inburgering.Hub.Sync.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Querying;

/// <summary>
/// The page of inburgeraars with a relation filter (<c>some</c> as a semi-join), its <c>totalCount</c> in the
/// page statement, keyset pages after it and the selected columns of its relations give the same answers on
/// SQLite and on PostgreSQL (<c>HUB_TEST_POSTGRES</c>; skipped without it), and keep each gemeente's rows
/// its own: a Hoorn person whose only Z-route deelname was recorded for Enkhuizen does not match for
/// Hoorn, and Enkhuizen, which sees that deelname, does not see the Hoorn person.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PageProvidersTests(PageProvidersTests.Factory hub) : IClassFixture<PageProvidersTests.Factory>
{
    private const string Query = """
        query($first: Int!, $after: String) {
          inburgeraars(first: $first, after: $after, order: [{ geboortejaar: DESC }],
            where: { leerrouteDeelnames: { some: { leerroute: { eq: Z }, startdatum: { gte: "2023-01-01", lte: "2023-12-31" } } } }) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { geboortejaar gemeente { naam } koppelingen { status } leerrouteDeelnames { leerroute startdatum bron { connector } } }
          }
        }
        """;

    [Fact]
    public Task The_filtered_page_counts_and_pages_within_the_callers_gemeente() => AssertPagesAsync(hub);

    [PostgresFact]
    public async Task The_filtered_page_counts_and_pages_within_the_callers_gemeente_on_PostgreSQL()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { Database = "hub_page_" + Guid.NewGuid().ToString("N") };
        await using var postgres = new OnPostgreSql(server.ConnectionString);
        await postgres.InitializeAsync();
        await AssertPagesAsync(postgres);
    }

    private static async Task AssertPagesAsync(Factory hub)
    {
        using var hoorn = hub.ClientFor(RegionFixture.Hoorn);

        // Hoorn persons 0–5 started a Z-route in 2023 (6, 7 in 2022; 9's deelname is Enkhuizen's): youngest first.
        var first = (await hoorn.DataAsync(Query, new { first = 4 }))["inburgeraars"]!;
        Assert.Equal(6, first["totalCount"]!.GetValue<int>());
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal([1985, 1984, 1983, 1982], Years(first));
        Assert.All(first["nodes"].Items(), n =>
        {
            Assert.Equal("Hoorn", n["gemeente"]!["naam"].Str());
            Assert.Equal("GEHUISVEST", Assert.Single(n["koppelingen"].Items())["status"].Str());
            var deelname = Assert.Single(n["leerrouteDeelnames"].Items());
            Assert.Equal("Z", deelname["leerroute"].Str());
            Assert.Equal("2023-03-06", deelname["startdatum"].Str());
            Assert.Equal("taalaanbieder", deelname["bron"]!["connector"].Str());
        });

        // After the cursor: the rest, the same total; after the last one: nothing, the same total.
        var second = (await hoorn.DataAsync(Query, new { first = 4, after = first["pageInfo"]!["endCursor"].Str() }))["inburgeraars"]!;
        Assert.Equal([1981, 1980], Years(second));
        Assert.Equal(6, second["totalCount"]!.GetValue<int>());
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var beyond = (await hoorn.DataAsync(Query, new { first = 4, after = second["pageInfo"]!["endCursor"].Str() }))["inburgeraars"]!;
        Assert.Empty(beyond["nodes"].Items());
        Assert.Equal(6, beyond["totalCount"]!.GetValue<int>());

        // Enkhuizen: its own two persons; not the Hoorn person whose deelname it sees.
        using var enkhuizen = hub.ClientFor(RegionFixture.Enkhuizen);
        var theirs = (await enkhuizen.DataAsync(Query, new { first = 10 }))["inburgeraars"]!;
        Assert.Equal(2, theirs["totalCount"]!.GetValue<int>());
        Assert.Equal([1991, 1990], Years(theirs));
        Assert.All(theirs["nodes"].Items(), n => Assert.Equal("Enkhuizen", n["gemeente"]!["naam"].Str()));
    }

    private static int[] Years(System.Text.Json.Nodes.JsonNode page) => [.. page["nodes"].Items().Select(n => n["geboortejaar"]!.GetValue<int>())];

    /// <summary>Ten Hoorn and three Enkhuizen persons (COA; Hoorn persons 6–9 not yet gehuisvest: no huisvestingsdatum), with Fiolet deelnames.</summary>
    public class Factory : HubFactory
    {
        /// <summary>A PostgreSQL database to run on instead of SQLite (created by the migrations), or null.</summary>
        protected virtual string? Postgres => null;

        private string Taalaanbieders => Path.Combine(Path.GetDirectoryName(Inbox)!, "taalaanbieders");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hub:Connectors:taalaanbieder:Settings:InboxPath", Taalaanbieders);
            if (Postgres is { } postgres)
            {
                builder.UseSetting("Hub:Database:Provider", "PostgreSql");
                builder.UseSetting("Hub:Database:ConnectionString", postgres);
            }
        }

        protected override async Task SeedAsync()
        {
            var bsns = CoaFiles.Bsns(13);
            var koppelingen = Enumerable.Range(0, 13).Select(n => n < 10
                ? CoaFiles.Koppeling($"K-{n:D3}", bsns[n], CoaFiles.VNummer(n), RegionFixture.Hoorn, 1980 + n, gehuisvest: n < 6)
                : CoaFiles.Koppeling($"K-{n:D3}", bsns[n], CoaFiles.VNummer(n), RegionFixture.Enkhuizen, 1980 + n));
            CoaFiles.WriteKoppelingen(Inbox, "20240105", koppelingen);
            await IngestAsync();

            // person: gemeente of the deelname, start
            (int Person, string Gemeente, string Start)[] deelnames =
            [
                (0, RegionFixture.Hoorn, "06-03-2023"), (1, RegionFixture.Hoorn, "06-03-2023"), (2, RegionFixture.Hoorn, "06-03-2023"),
                (3, RegionFixture.Hoorn, "06-03-2023"), (4, RegionFixture.Hoorn, "06-03-2023"), (5, RegionFixture.Hoorn, "06-03-2023"),
                (6, RegionFixture.Hoorn, "06-03-2022"), (7, RegionFixture.Hoorn, "06-03-2022"),
                (9, RegionFixture.Enkhuizen, "06-03-2023"),
                (10, RegionFixture.Enkhuizen, "06-03-2023"), (11, RegionFixture.Enkhuizen, "06-03-2023"),
            ];
            var lines = deelnames.Select(d => string.Create(
                CultureInfo.InvariantCulture,
                $"F-{d.Person + 1};{bsns[d.Person]};{d.Gemeente};Z;{d.Start};30-06-2023;Lopend;180;160;6;11,5;0,1;A1;A2;A1;A1;N;"));
            var folder = Path.Combine(Taalaanbieders, "fiolet");
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(
                Path.Combine(folder, "voortgang-2023-06.csv"),
                "Cursistnummer;BSN;Gemeente;Route;Startdatum;Peildatum;Status;Uren aangeboden;Uren aanwezig;Verzuim geoorloofd;Verzuim ongeoorloofd;Uren participatie;Lezen;Luisteren;Schrijven;Spreken;KNM;PVT afgerond\r\n"
                    + string.Concat(lines.Select(l => l + "\r\n")),
                new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            var run = await Services.GetRequiredService<SyncEngine>().RunAsync("taalaanbieder", SyncTrigger.Manual, CancellationToken.None);
            Assert.True(run.Status == SyncRunStatus.Succeeded, $"{run.Status}: {run.Error}");
        }
    }

    private sealed class OnPostgreSql(string connectionString) : Factory
    {
        protected override string? Postgres => connectionString;
    }
}

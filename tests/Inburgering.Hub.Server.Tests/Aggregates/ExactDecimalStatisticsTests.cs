using System.Text;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Server.Tests.Support;
using Inburgering.Hub.Sync.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Aggregates;

/// <summary>
/// Hours are summed exactly (issue 11, class 7): three Fiolet lines with <c>Uren participatie</c> 0,1
/// give som 0.3 and gemiddelde 0.1, not 0.30000000000000004 and 0.10000000000000002.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ExactDecimalStatisticsTests(ExactDecimalStatisticsTests.Factory hub) : IClassFixture<ExactDecimalStatisticsTests.Factory>
{
    [Fact]
    public Task Three_times_a_tenth_of_an_hour_is_three_tenths() => AssertExactAsync(hub);

    /// <summary>The same on PostgreSQL, in a database of its own (<c>HUB_TEST_POSTGRES</c>; skipped without it).</summary>
    [PostgresFact]
    public async Task Three_times_a_tenth_of_an_hour_is_three_tenths_on_PostgreSQL()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { Database = "hub_exact_" + Guid.NewGuid().ToString("N") };
        await using var postgres = new OnPostgreSql(server.ConnectionString);
        await postgres.InitializeAsync();
        await AssertExactAsync(postgres);
    }

    private static async Task AssertExactAsync(Factory hub)
    {
        using var client = hub.ClientAs("analist", RegionFixture.Hoorn);

        var data = await client.DataAsync("{ voortgangsmetingenStatistieken { aantal urenParticipatie { som gemiddelde minimum maximum } urenGevolgd { som gemiddelde } } }");

        var groep = Assert.Single(data["voortgangsmetingenStatistieken"].Items());
        Assert.Equal(3, groep["aantal"]!.GetValue<int>());
        Assert.Equal("""{"som":0.3,"gemiddelde":0.1,"minimum":0.1,"maximum":0.1}""", groep["urenParticipatie"]!.ToJsonString());
        Assert.Equal("""{"som":487.8,"gemiddelde":162.6}""", groep["urenGevolgd"]!.ToJsonString());
    }

    /// <summary>A hub on SQLite with three Fiolet lines of a tenth of an hour each.</summary>
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
            var bsns = CoaFiles.Bsns(3);
            string[] gevolgd = ["162,5", "162,6", "162,7"];
            var lines = Enumerable.Range(0, 3).Select(n =>
                $"F-{n + 1};{bsns[n]};GM0405;Z;06-03-2023;30-06-2023;Lopend;180;{gevolgd[n]};6;11,5;0,1;A1;A2;A1;A1;N;");
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

using Inburgering.Hub.Data;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Aggregates;

/// <summary>
/// <c>pipDoorlooptijdenStatistieken</c> on six hand-made persons: the doorlooptijd is counted in days from
/// the later of the latest effective WI2021 kennisgeving and the latest huisvestingsdatum to the PIP's
/// dagtekening, 70 days is still within the 10 weeks, WI2013 persons, withdrawn intakes, intakes without a
/// PIP and replaced kennisgevingen do not count, and a caller sees only its own gemeenten.
/// </summary>
public sealed class PipDoorlooptijdStatisticsTests(PipDoorlooptijdStatisticsTests.Factory hub) : IClassFixture<PipDoorlooptijdStatisticsTests.Factory>
{
    private const string Hoorn = "GM0405";
    private const string Enkhuizen = "GM0388";

    [Fact]
    public Task Days_per_gemeente_and_quarter_have_the_exact_count_mean_and_extremes() => AssertPerQuarterAsync(hub);

    /// <summary>The same on PostgreSQL, in a database of its own (<c>HUB_TEST_POSTGRES</c>; skipped without it).</summary>
    [PostgresFact]
    public async Task Days_per_gemeente_and_quarter_are_the_same_on_PostgreSQL()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { Database = "hub_pipdoorlooptijd_" + Guid.NewGuid().ToString("N") };
        await using var postgres = new OnPostgreSql(server.ConnectionString);
        await postgres.InitializeAsync();
        await AssertPerQuarterAsync(postgres);
    }

    private static async Task AssertPerQuarterAsync(Factory hub)
    {
        using var client = hub.ClientFor(Hoorn, Enkhuizen);
        var data = await client.DataAsync("""
            { pipDoorlooptijdenStatistieken(groupBy: [GEMEENTE_CODE], datum: { veld: PIP_DAGTEKENING, per: KWARTAAL }) {
                sleutel { gemeenteCode periode } aantal aantalPersonen dagen { som gemiddelde minimum maximum } } }
            """);

        var groups = data["pipDoorlooptijdenStatistieken"].Items()
            .Select(g => $"{g["sleutel"]!["gemeenteCode"].Str()} {g["sleutel"]!["periode"].Str()} {g["aantal"]} {g["aantalPersonen"]} {g["dagen"]!.ToJsonString()}")
            .ToList();
        Assert.Equal(
            [
                """GM0388 2023-Q1 1 1 {"som":58,"gemiddelde":58,"minimum":58,"maximum":58}""",
                """GM0405 2023-Q1 2 2 {"som":127,"gemiddelde":63.5,"minimum":42,"maximum":85}""",
                """GM0405 2023-Q2 2 2 {"som":171,"gemiddelde":85.5,"minimum":70,"maximum":101}""",
            ],
            groups);
    }

    [Fact]
    public async Task The_count_within_ten_weeks_includes_day_70_and_a_caller_sees_only_its_gemeente()
    {
        using var client = hub.ClientFor(Hoorn);
        var data = await client.DataAsync("""
            { pipDoorlooptijdenStatistieken(groupBy: [GEMEENTE_CODE, BINNEN_TIEN_WEKEN], datum: { veld: PIP_DAGTEKENING, per: KWARTAAL }) {
                sleutel { gemeenteCode binnenTienWeken periode } aantalPersonen dagen { maximum } } }
            """);

        var groups = data["pipDoorlooptijdenStatistieken"].Items()
            .Select(g => $"{g["sleutel"]!["gemeenteCode"].Str()} {g["sleutel"]!["binnenTienWeken"]} {g["sleutel"]!["periode"].Str()} {g["aantalPersonen"]} {g["dagen"]!["maximum"]}")
            .ToList();
        Assert.Equal(
            [
                "GM0405 false 2023-Q1 1 85",
                "GM0405 false 2023-Q2 1 101",
                "GM0405 true 2023-Q1 1 42",
                "GM0405 true 2023-Q2 1 70",
            ],
            groups);
    }

    [Fact]
    public async Task The_start_of_the_plicht_is_the_later_of_kennisgeving_and_huisvesting_and_can_be_filtered()
    {
        using var client = hub.ClientFor(Hoorn, Enkhuizen);
        var data = await client.DataAsync("""
            { pipDoorlooptijdenStatistieken(where: { startdatum: { gte: "2023-01-20" } }, groupBy: [LEERROUTE]) {
                sleutel { leerroute } aantal dagen { minimum maximum } } }
            """);

        // P1 (start = huisvesting 2023-02-01, B1), P3 (kennisgeving 2023-02-01, Z) and P6 (its effective kennisgeving 2023-01-20, Z).
        var groups = data["pipDoorlooptijdenStatistieken"].Items()
            .Select(g => $"{g["sleutel"]!["leerroute"].Str()} {g["aantal"]} {g["dagen"]!["minimum"]} {g["dagen"]!["maximum"]}")
            .ToList();
        Assert.Equal(["B1 1 42 42", "Z 2 70 101"], groups);
    }

    /// <summary>A hub on SQLite with six persons' kennisgevingen, koppelingen and intakes written directly.</summary>
    public class Factory : HubFactory
    {
        private long _source;

        /// <summary>A PostgreSQL database to run on instead of SQLite (created by the migrations), or null.</summary>
        protected virtual string? Postgres => null;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (Postgres is { } postgres)
            {
                builder.UseSetting("Hub:Database:Provider", "PostgreSql");
                builder.UseSetting("Hub:Database:ConnectionString", postgres);
            }
        }

        protected override async Task SeedAsync()
        {
            await using var db = Services.GetRequiredService<HubDbContextFactory>().CreateSystem();

            // P1 Hoorn: kennisgeving 2023-01-10, housed 2023-02-01 (the later), PIP 2023-03-15: 42 days.
            var p1 = Person(db, Hoorn);
            Kennisgeving(db, p1, Hoorn, new(2023, 1, 10), Wet.Wi2021, Doelgroep.Asielstatushouder);
            db.Koppelingen.Add(Sourced(new Koppeling { Inburgeraar = p1, GemeenteCode = Hoorn, Koppeldatum = new(2022, 12, 1), Huisvestingsdatum = new(2023, 2, 1), TaakstellingPeriode = "2023-H1" }));
            Intake(db, p1, Hoorn, new(2023, 3, 15), Leerroute.B1);

            // P2 Hoorn: kennisgeving 2023-01-05, no housing, PIP 2023-03-31: 85 days; a second intake without a PIP.
            var p2 = Person(db, Hoorn);
            Kennisgeving(db, p2, Hoorn, new(2023, 1, 5), Wet.Wi2021, Doelgroep.Gezinsmigrant);
            Intake(db, p2, Hoorn, new(2023, 3, 31), Leerroute.Onderwijs);
            Intake(db, p2, Hoorn, null, null);

            // P3 Hoorn: kennisgeving 2023-02-01, PIP 2023-04-12: exactly 70 days; a withdrawn intake does not count.
            var p3 = Person(db, Hoorn);
            Kennisgeving(db, p3, Hoorn, new(2023, 2, 1), Wet.Wi2021, Doelgroep.Gezinsmigrant);
            Intake(db, p3, Hoorn, new(2023, 4, 12), Leerroute.Z);
            Intake(db, p3, Hoorn, new(2023, 2, 2), Leerroute.Z).IsDeleted = true;

            // P4 Hoorn: WI2013 only: out of scope.
            var p4 = Person(db, Hoorn);
            Kennisgeving(db, p4, Hoorn, new(2023, 1, 3), Wet.Wi2013, Doelgroep.Gezinsmigrant);
            Intake(db, p4, Hoorn, new(2023, 3, 1), Leerroute.B1);

            // P5 Enkhuizen: kennisgeving 2023-01-02, PIP 2023-03-01: 58 days.
            var p5 = Person(db, Enkhuizen);
            Kennisgeving(db, p5, Enkhuizen, new(2023, 1, 2), Wet.Wi2021, Doelgroep.Asielstatushouder);
            Intake(db, p5, Enkhuizen, new(2023, 3, 1), Leerroute.B1);

            // P6 Hoorn: kennisgeving 2023-01-20 and a later one replaced by a correction, PIP 2023-05-01: 101 days.
            var p6 = Person(db, Hoorn);
            Kennisgeving(db, p6, Hoorn, new(2023, 1, 20), Wet.Wi2021, Doelgroep.Gezinsmigrant);
            Kennisgeving(db, p6, Hoorn, new(2023, 3, 1), Wet.Wi2021, Doelgroep.Gezinsmigrant).VervangenDoorSourceId = "correctie";
            Intake(db, p6, Hoorn, new(2023, 5, 1), Leerroute.Z);

            await db.SaveChangesAsync();
        }

        private static Inburgeraar Person(HubDbContext db, string gemeente)
        {
            var person = new Inburgeraar { GemeenteCode = gemeente };
            db.Inburgeraars.Add(person);
            return person;
        }

        private DuoMelding Kennisgeving(HubDbContext db, Inburgeraar person, string gemeente, DateOnly datum, Wet wet, Doelgroep doelgroep)
        {
            var melding = Sourced(new DuoMelding { Inburgeraar = person, GemeenteCode = gemeente, Soort = MeldingSoort.InburgeringsplichtGestart, Datum = datum, Wet = wet, Doelgroep = doelgroep });
            db.DuoMeldingen.Add(melding);
            return melding;
        }

        private BredeIntake Intake(HubDbContext db, Inburgeraar person, string gemeente, DateOnly? pip, Leerroute? leerroute)
        {
            var intake = Sourced(new BredeIntake { Inburgeraar = person, GemeenteCode = gemeente, BredeIntakeDatum = new(2023, 1, 1), PipDagtekening = pip, Leerroute = leerroute });
            db.BredeIntakes.Add(intake);
            return intake;
        }

        private TRecord Sourced<TRecord>(TRecord record)
            where TRecord : SourcedRecord
        {
            record.SourceConnector = "test";
            record.SourceStream = typeof(TRecord).Name;
            record.SourceId = "r" + ++_source;
            record.ContentHash = record.SourceId;
            return record;
        }
    }

    private sealed class OnPostgreSql(string connectionString) : Factory
    {
        protected override string? Postgres => connectionString;
    }
}

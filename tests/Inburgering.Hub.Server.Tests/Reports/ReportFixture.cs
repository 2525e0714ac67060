using Inburgering.Hub.Data;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Reports;

/// <summary>
/// A small canonical data set for the voortgangsrapportage over 2023 in Hoorn and Enkhuizen,
/// inserted directly into the store. P1..P11 are described where they are created; the expected
/// cells are derived in <see cref="VoortgangsrapportageTests"/>.
/// </summary>
public sealed class ReportFixture : HubFactory
{
    public const string Hoorn = "GM0405";
    public const string Enkhuizen = "GM0388";

    public static readonly DateOnly Van = new(2023, 1, 1);
    public static readonly DateOnly Tot = new(2023, 12, 31);

    private int _sourceId;

    public CountingInterceptor Statements { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Statements));
    }

    protected override async Task SeedAsync()
    {
        await using var db = Services.GetRequiredService<HubDbContextFactory>().CreateSystem();

        // P1 Hoorn statushouder: everything on the van/tot boundaries.
        var p1 = Person(db, Hoorn);
        Gestart(db, p1, Hoorn, D(2023, 1, 1), Doelgroep.Asielstatushouder);
        Koppeling(db, p1, Hoorn, D(2023, 1, 1));
        Intake(db, p1, Hoorn, D(2023, 3, 1), Leerroute.B1);
        Deelname(db, p1, Hoorn, Leerroute.B1, D(2023, 3, 10), DeelnameStatus.Afgerond, D(2023, 12, 31));
        Ontzorg(db, p1, Hoorn, D(2023, 2, 1), verlengdTot: D(2023, 12, 1));
        Participatie(db, p1, Hoorn, ParticipatieSoort.Werkstage, D(2023, 6, 1));
        Participatie(db, p1, Hoorn, ParticipatieSoort.BetaaldeBaan, D(2024, 2, 1));
        Add(db, p1, Hoorn, new Pvt { AfgerondOp = D(2023, 12, 31), Aanbieder = "A" });
        Add(db, p1, Hoorn, new MapTraject { Startdatum = D(2023, 3, 1), DatumEindgesprek = D(2023, 11, 1), Resultaat = MapResultaat.Afgerond });

        // P2 Hoorn statushouder: housed before van, PIP late, moved to Enkhuizen.
        var p2 = Person(db, Hoorn);
        Gestart(db, p2, Hoorn, D(2023, 5, 1), Doelgroep.Asielstatushouder);
        Koppeling(db, p2, Hoorn, D(2022, 12, 31));
        Intake(db, p2, Hoorn, D(2023, 9, 1), Leerroute.Z);
        Deelname(db, p2, Hoorn, Leerroute.Z, D(2023, 1, 1), DeelnameStatus.Lopend, null);
        Ontzorg(db, p2, Hoorn, D(2023, 4, 1), verlengdTot: null);
        Melding(db, p2, Hoorn, MeldingSoort.Verhuisd, D(2023, 10, 1), naar: Enkhuizen);

        // P3 Hoorn gezinsmigrant: onderwijsroute, MAP vrijgesteld without eindgesprek, work after tot.
        var p3 = Person(db, Hoorn);
        Gestart(db, p3, Hoorn, D(2023, 6, 1), Doelgroep.Gezinsmigrant);
        Intake(db, p3, Hoorn, D(2023, 7, 1), Leerroute.Onderwijs);
        Participatie(db, p3, Hoorn, ParticipatieSoort.Vrijwilligerswerk, D(2024, 1, 1));
        Add(db, p3, Hoorn, new MapTraject { Startdatum = D(2023, 2, 1), Resultaat = MapResultaat.Vrijgesteld });

        // P4 Hoorn: kennisgeving in the period replaced by a correction dated after tot (overige migrant).
        var p4 = Person(db, Hoorn);
        Gestart(db, p4, Hoorn, D(2023, 3, 1), Doelgroep.Gezinsmigrant, id: "M-P4-A", vervangenDoor: "M-P4-B");
        Gestart(db, p4, Hoorn, D(2024, 1, 5), Doelgroep.OverigeMigrant, id: "M-P4-B", correctieVan: "M-P4-A");
        Intake(db, p4, Hoorn, D(2023, 4, 1), Leerroute.B1);

        // P5 Hoorn WI2013: only the COA housing counts (all persons), nothing else.
        var p5 = Person(db, Hoorn);
        Gestart(db, p5, Hoorn, D(2023, 2, 1), Doelgroep.Asielstatushouder, wet: Wet.Wi2013);
        Koppeling(db, p5, Hoorn, D(2023, 2, 1));
        Intake(db, p5, Hoorn, D(2023, 3, 1), Leerroute.B1);
        Participatie(db, p5, Hoorn, ParticipatieSoort.Werkstage, D(2023, 3, 1));
        Add(db, p5, Hoorn, new Pvt { AfgerondOp = D(2023, 5, 1), Aanbieder = "A" });

        // P6 Hoorn child without DUO record, housed on tot; P7 withdrawn koppeling.
        var p6 = Person(db, Hoorn);
        Koppeling(db, p6, Hoorn, D(2023, 12, 31));
        var p7 = Person(db, Hoorn);
        Koppeling(db, p7, Hoorn, D(2023, 6, 1), withdrawn: true);

        // P8 Enkhuizen statushouder: kennisgeving on tot, housed after tot, plicht beëindigd.
        var p8 = Person(db, Enkhuizen);
        Gestart(db, p8, Enkhuizen, D(2023, 12, 31), Doelgroep.Asielstatushouder);
        Koppeling(db, p8, Enkhuizen, D(2024, 1, 1));
        Intake(db, p8, Enkhuizen, D(2023, 2, 1), Leerroute.B1);
        Deelname(db, p8, Enkhuizen, Leerroute.B1, D(2022, 12, 31), DeelnameStatus.Lopend, null);
        Ontzorg(db, p8, Enkhuizen, D(2024, 1, 1), verlengdTot: null);
        Melding(db, p8, Enkhuizen, MeldingSoort.PlichtBeeindigd, D(2023, 8, 1));

        // P9 statushouder of Enkhuizen, moved to Hoorn: housed in both, works in both (region counts once).
        var p9 = Person(db, Hoorn);
        Gestart(db, p9, Enkhuizen, D(2023, 2, 1), Doelgroep.Asielstatushouder);
        Koppeling(db, p9, Enkhuizen, D(2023, 2, 1));
        Koppeling(db, p9, Hoorn, D(2023, 5, 10));
        Melding(db, p9, Enkhuizen, MeldingSoort.Verhuisd, D(2023, 5, 1), naar: Hoorn);
        Participatie(db, p9, Enkhuizen, ParticipatieSoort.Werkstage, D(2023, 3, 1));
        Participatie(db, p9, Hoorn, ParticipatieSoort.Werkstage, D(2023, 6, 1));

        // P10 Enkhuizen gezinsmigrant: ontheffing and PIP beëindigd, onderwijsroute afgerond, voldaan in termijn, uitstroom onderwijs.
        var p10 = Person(db, Enkhuizen);
        Gestart(db, p10, Enkhuizen, D(2022, 6, 1), Doelgroep.Gezinsmigrant);
        Melding(db, p10, Enkhuizen, MeldingSoort.Ontheffing, D(2023, 4, 1));
        Intake(db, p10, Enkhuizen, D(2022, 8, 1), Leerroute.Onderwijs, beeindigdOp: D(2023, 4, 2));
        Deelname(db, p10, Enkhuizen, Leerroute.Onderwijs, D(2022, 9, 1), DeelnameStatus.Afgerond, D(2023, 6, 30));
        Add(db, p10, Enkhuizen, new Uitkering { Soort = UitkeringSoort.Participatiewet, Ingangsdatum = D(2022, 7, 1), Einddatum = D(2023, 9, 1), RedenUitstroom = RedenUitstroom.Onderwijs });
        Plicht(db, p10, Enkhuizen, Doelgroep.Gezinsmigrant, D(2023, 6, 30), PlichtStatus.Voldaan, D(2023, 6, 1));

        // P11 Enkhuizen statushouder: termijn ends in the period, voldaan only after it.
        var p11 = Person(db, Enkhuizen);
        Gestart(db, p11, Enkhuizen, D(2022, 1, 1), Doelgroep.Asielstatushouder);
        Intake(db, p11, Enkhuizen, D(2022, 3, 1), Leerroute.B1);
        Plicht(db, p11, Enkhuizen, Doelgroep.Asielstatushouder, D(2023, 11, 30), PlichtStatus.Lopend, null);
        Melding(db, p11, Enkhuizen, MeldingSoort.Voldaan, D(2023, 12, 15));

        // P12 statushouder of Enkhuizen with a PIP in Hoorn, all before 2023 (no cell of the 2023 report):
        // to a caller of Hoorn alone the PIP has no kennisgeving, so no doorlooptijd.
        var p12 = Person(db, Hoorn);
        Gestart(db, p12, Enkhuizen, D(2021, 1, 10), Doelgroep.Asielstatushouder);
        Intake(db, p12, Hoorn, D(2021, 3, 1), Leerroute.B1);

        await db.SaveChangesAsync();
    }

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private Inburgeraar Person(HubDbContext db, string gemeente)
    {
        var person = new Inburgeraar { Pseudoniem = $"pseudo-{++_sourceId:D4}", GemeenteCode = gemeente };
        db.Inburgeraars.Add(person);
        db.SaveChanges();
        return person;
    }

    private T Add<T>(HubDbContext db, Inburgeraar person, string gemeente, T fact, string? id = null)
        where T : PersonFact
    {
        fact.InburgeraarId = person.Id;
        fact.GemeenteCode = gemeente;
        fact.SourceConnector = "test";
        fact.SourceStream = typeof(T).Name;
        fact.SourceId = id ?? $"S-{++_sourceId:D5}";
        fact.ContentHash = new string('0', 64);
        db.Add(fact);
        return fact;
    }

    private void Gestart(HubDbContext db, Inburgeraar p, string gemeente, DateOnly datum, Doelgroep doelgroep,
        Wet wet = Wet.Wi2021, string? id = null, string? vervangenDoor = null, string? correctieVan = null) =>
        Add(db, p, gemeente, new DuoMelding
        {
            Soort = MeldingSoort.InburgeringsplichtGestart,
            Datum = datum,
            Doelgroep = doelgroep,
            Wet = wet,
            VervangenDoorSourceId = vervangenDoor,
            CorrectieVan = correctieVan,
        }, id);

    private void Melding(HubDbContext db, Inburgeraar p, string gemeente, MeldingSoort soort, DateOnly datum, string? naar = null) =>
        Add(db, p, gemeente, new DuoMelding { Soort = soort, Datum = datum, NaarGemeenteCode = naar });

    private void Koppeling(HubDbContext db, Inburgeraar p, string gemeente, DateOnly huisvesting, bool withdrawn = false) =>
        Add(db, p, gemeente, new Koppeling
        {
            Koppeldatum = huisvesting.AddDays(-30),
            Huisvestingsdatum = huisvesting,
            TaakstellingPeriode = "2023-H1",
            Status = KoppelingStatus.Gehuisvest,
            IsDeleted = withdrawn,
        });

    private void Intake(HubDbContext db, Inburgeraar p, string gemeente, DateOnly pip, Leerroute route, DateOnly? beeindigdOp = null) =>
        Add(db, p, gemeente, new BredeIntake { PipDagtekening = pip, Leerroute = route, AdviesLeerroute = route, PipBeeindigdOp = beeindigdOp });

    private void Deelname(HubDbContext db, Inburgeraar p, string gemeente, Leerroute route, DateOnly start, DeelnameStatus status, DateOnly? einde) =>
        Add(db, p, gemeente, new LeerrouteDeelname
        {
            Aanbieder = "A",
            CursistId = $"C-{_sourceId}",
            Leerroute = route,
            Startdatum = start,
            Status = status,
            Einddatum = einde,
            LaatstePeildatum = start,
        });

    private void Ontzorg(HubDbContext db, Inburgeraar p, string gemeente, DateOnly start, DateOnly? verlengdTot) =>
        Add(db, p, gemeente, new Ontzorgtraject { Startdatum = start, GeplandeEinddatum = start.AddMonths(6), VerlengdTot = verlengdTot, Posten = OntzorgPost.Huur });

    private void Participatie(HubDbContext db, Inburgeraar p, string gemeente, ParticipatieSoort soort, DateOnly start) =>
        Add(db, p, gemeente, new Participatieactiviteit { Soort = soort, Startdatum = start });

    private void Plicht(HubDbContext db, Inburgeraar p, string gemeente, Doelgroep doelgroep, DateOnly termijnEinde, PlichtStatus status, DateOnly? statusDatum) =>
        Add(db, p, gemeente, new Inburgeringsplicht
        {
            Doelgroep = doelgroep,
            Wet = Wet.Wi2021,
            Startdatum = termijnEinde.AddYears(-3),
            TermijnEinde = termijnEinde,
            Status = status,
            StatusDatum = statusDatum,
        });
}

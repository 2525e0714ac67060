using System.Globalization;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Quarantine;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Sync.Tests.Engine;

/// <summary>Taalaanbieder progress lines: one deelname (latest status), a meting per peildatum, a pvt.</summary>
[Trait("Category", "Integration")]
public sealed class VoortgangWriterTests
{
    private static SourceRecord Line(
        DateOnly peildatum,
        string status = "LOPEND",
        DateOnly? einddatum = null,
        decimal uren = 100m,
        DateOnly? pvt = null,
        string bsn = TestBsns.A,
        string cursist = "F-1001",
        string gemeente = "GM0405",
        int line = 2)
    {
        var record = new VoortgangRecord
        {
            Person = new PersonRef(bsn),
            GemeenteCode = gemeente,
            Aanbieder = "FIOLET",
            CursistId = cursist,
            Leerroute = "B1",
            Startdatum = new DateOnly(2023, 3, 6),
            Peildatum = peildatum,
            Status = status,
            Einddatum = einddatum,
            UrenAangeboden = uren,
            UrenGevolgd = uren,
            UrenGeoorloofdVerzuim = 0,
            UrenOngeoorloofdVerzuim = 0,
            NiveauLezen = "A1",
            NiveauSpreken = "A2",
            KnmAfgerond = pvt is not null,
            PvtAfgerondOp = pvt,
        };
        var id = $"FIOLET:{cursist}:{peildatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return new SourceRecord(id, $"voortgang.csv:line {line}", $"{cursist};{bsn};{gemeente};B1;{status};{uren}", record);
    }

    private static readonly DateOnly June = new(2023, 6, 30);
    private static readonly DateOnly July = new(2023, 7, 31);

    private static Task<SyncRun> RunAsync(HubTestHost hub, string document, params SourceMessage[] lines)
    {
        hub.Connector.Script(ScriptedConnector.Incremental, Coa.Document(document, lines));
        return hub.RunAsync();
    }

    [Fact]
    public async Task Two_months_make_one_deelname_with_the_latest_status_two_metingen_and_a_pvt()
    {
        await using var hub = await HubTestHost.StartAsync();

        var june = await RunAsync(hub, "2023-06.csv", Line(June, uren: 100m));
        var july = await RunAsync(hub, "2023-07.csv", Line(July, "AFGEROND", einddatum: new DateOnly(2023, 7, 20), uren: 160m, pvt: new DateOnly(2023, 7, 10)));

        Assert.Equal(SyncRunStatus.Succeeded, june.Status);
        Assert.Equal(1, june.Inserted); // one line: its meting (the deelname is derived, not counted)
        Assert.Equal(SyncRunStatus.Succeeded, july.Status);
        Assert.Equal(1, july.Inserted); // one line (its pvt and the deelname's new status are derived)
        Assert.Equal(0, july.Updated);

        await using var db = hub.System();
        var deelname = await db.Set<LeerrouteDeelname>().SingleAsync();
        Assert.Equal("FIOLET:F-1001", deelname.SourceId);
        Assert.Equal(DeelnameStatus.Afgerond, deelname.Status);
        Assert.Equal(new DateOnly(2023, 7, 20), deelname.Einddatum);
        Assert.Equal(July, deelname.LaatstePeildatum);
        Assert.Equal(Leerroute.B1, deelname.Leerroute);
        Assert.Equal("GM0405", deelname.GemeenteCode);

        var metingen = await db.Set<Voortgangsmeting>().OrderBy(m => m.Peildatum).ToListAsync();
        Assert.Equal(2, metingen.Count);
        Assert.All(metingen, m => Assert.Equal(deelname.Id, m.LeerrouteDeelnameId));
        Assert.All(metingen, m => Assert.Equal(deelname.InburgeraarId, m.InburgeraarId));
        Assert.Equal("FIOLET:F-1001:2023-06-30", metingen[0].SourceId);
        Assert.Equal(160m, metingen[1].UrenGevolgd);
        Assert.Equal(Niveau.A2, metingen[1].NiveauSpreken);
        Assert.Null(metingen[1].NiveauLuisteren);

        var pvt = await db.Set<Pvt>().SingleAsync();
        Assert.Equal("FIOLET:F-1001:pvt", pvt.SourceId);
        Assert.Equal(new DateOnly(2023, 7, 10), pvt.AfgerondOp);
        Assert.Equal("FIOLET", pvt.Aanbieder);
        Assert.Equal(deelname.InburgeraarId, pvt.InburgeraarId);

        var person = await db.Inburgeraars.SingleAsync();
        Assert.Equal(hub.Pseudonymizer.ForBsn(TestBsns.A), person.Pseudoniem);
    }

    [Fact]
    public async Task Re_ingesting_the_same_lines_changes_nothing()
    {
        await using var hub = await HubTestHost.StartAsync();
        SourceMessage[] lines =
        [
            Line(June, uren: 100m, line: 2),
            Line(July, "AFGEROND", einddatum: new DateOnly(2023, 7, 20), uren: 160m, pvt: new DateOnly(2023, 7, 10), line: 3),
        ];

        var first = await RunAsync(hub, "both.csv", lines);
        var again = await RunAsync(hub, "both-again.csv", lines);

        Assert.Equal(2, first.Inserted); // two lines (their deelname and pvt are derived, not counted)
        Assert.Equal(SyncRunStatus.Succeeded, again.Status);
        Assert.Equal(0, again.Inserted);
        Assert.Equal(0, again.Updated);
        Assert.Equal(2, again.Unchanged);
        await using var db = hub.System();
        Assert.Equal(DeelnameStatus.Afgerond, (await db.Set<LeerrouteDeelname>().SingleAsync()).Status);
        Assert.Equal(2, await db.Set<Voortgangsmeting>().CountAsync());
        Assert.Equal(1, await db.Set<Pvt>().CountAsync());
    }

    [Fact]
    public async Task An_older_month_arriving_later_adds_its_meting_but_keeps_the_latest_status()
    {
        await using var hub = await HubTestHost.StartAsync();

        await RunAsync(hub, "2023-07.csv", Line(July, "UITGEVALLEN", einddatum: new DateOnly(2023, 7, 1)));
        var late = await RunAsync(hub, "2023-06.csv", Line(June));

        Assert.Equal(SyncRunStatus.Succeeded, late.Status);
        Assert.Equal(1, late.Inserted);
        Assert.Equal(0, late.Updated);
        await using var db = hub.System();
        var deelname = await db.Set<LeerrouteDeelname>().SingleAsync();
        Assert.Equal(DeelnameStatus.Uitgevallen, deelname.Status);
        Assert.Equal(July, deelname.LaatstePeildatum);
        Assert.Equal(2, await db.Set<Voortgangsmeting>().CountAsync(m => m.LeerrouteDeelnameId == deelname.Id));
    }

    [Fact]
    public async Task Negative_hours_are_quarantined_once_and_the_rest_loads()
    {
        await using var hub = await HubTestHost.StartAsync();

        var run = await RunAsync(
            hub,
            "fiolet.csv",
            Line(June, uren: -1.8m, cursist: "C-000011", line: 2),
            Line(June, uren: 230.4m, cursist: "C-000012", bsn: TestBsns.B, line: 3));

        Assert.Equal(SyncRunStatus.PartiallySucceeded, run.Status);
        Assert.Equal(1, run.Quarantined);
        await using var db = hub.System();
        var quarantined = await db.QuarantineRecords.SingleAsync();
        Assert.Equal(ReasonCodes.InvalidValue, quarantined.ReasonCode);
        Assert.Equal("FIOLET:C-000011:2023-06-30", quarantined.SourceId);
        Assert.Equal("voortgang.csv:line 2", quarantined.Location);
        Assert.Contains("urenAangeboden", quarantined.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestBsns.A, quarantined.Content, StringComparison.Ordinal);
        Assert.Equal("FIOLET:C-000012", (await db.Set<LeerrouteDeelname>().SingleAsync()).SourceId);
        Assert.Equal(1, await db.Set<Voortgangsmeting>().CountAsync());
    }

    [Theory]
    [InlineData(TestBsns.Invalid, "GM0405", "LOPEND", ReasonCodes.InvalidBsn)]
    [InlineData(TestBsns.A, "GM0074", "LOPEND", ReasonCodes.UnknownGemeente)]
    [InlineData(TestBsns.A, "GM0405", "GEPAUZEERD", ReasonCodes.UnknownCode)]
    public async Task A_bad_line_is_refused_exactly_once(string bsn, string gemeente, string status, string reason)
    {
        await using var hub = await HubTestHost.StartAsync();

        var run = await RunAsync(hub, "bad.csv", Line(June, status, bsn: bsn, gemeente: gemeente, pvt: new DateOnly(2023, 6, 1)));

        Assert.Equal(1, run.Quarantined);
        Assert.Equal(0, run.Inserted);
        await using var db = hub.System();
        Assert.Equal(reason, (await db.QuarantineRecords.SingleAsync()).ReasonCode);
        Assert.Equal(0, await db.Inburgeraars.CountAsync());
        Assert.Equal(0, await db.Set<LeerrouteDeelname>().CountAsync());
    }

    [Fact]
    public async Task A_final_line_without_einddatum_ends_the_deelname_on_its_peildatum_and_loads_its_pvt()
    {
        await using var hub = await HubTestHost.StartAsync();

        await RunAsync(hub, "2023-05.csv", Line(new DateOnly(2023, 5, 31)));
        var june = await RunAsync(hub, "2023-06.csv", Line(June, "AFGEROND", pvt: new DateOnly(2023, 6, 12)));
        var again = await RunAsync(hub, "2023-06-again.csv", Line(June, "AFGEROND", pvt: new DateOnly(2023, 6, 12)));

        Assert.Equal(0, june.Quarantined);
        Assert.Equal((0, 0), (again.Inserted, again.Updated));
        await using var db = hub.System();
        var deelname = await db.Set<LeerrouteDeelname>().SingleAsync();
        Assert.Equal(DeelnameStatus.Afgerond, deelname.Status);
        Assert.Equal(June, deelname.Einddatum);
        Assert.Equal(new DateOnly(2023, 6, 12), (await db.Set<Pvt>().SingleAsync()).AfgerondOp);
    }

    [Fact]
    public async Task Within_one_document_the_latest_line_decides_and_a_bad_latest_line_hands_over()
    {
        await using var hub = await HubTestHost.StartAsync();

        var run = await RunAsync(
            hub,
            "two-months.csv",
            Line(July, "LOPEND", uren: -5m, line: 2), // latest, but refused
            Line(June, "LOPEND", uren: 100m, line: 3));

        Assert.Equal(1, run.Quarantined);
        await using var db = hub.System();
        var deelname = await db.Set<LeerrouteDeelname>().SingleAsync();
        Assert.Equal(June, deelname.LaatstePeildatum);
        Assert.Equal(1, await db.Set<Voortgangsmeting>().CountAsync());
    }

    [Fact]
    public async Task A_quarantined_line_replays_through_the_writer()
    {
        await using var hub = await HubTestHost.StartAsync();
        await RunAsync(hub, "unknown-gemeente.csv", Line(June, gemeente: "GM0074", pvt: new DateOnly(2023, 6, 1)));
        long id;
        await using (var db = hub.System())
        {
            var row = await db.QuarantineRecords.SingleAsync();
            id = row.Id;
            row.Content = row.Content.Replace("GM0074", "GM0405", StringComparison.Ordinal);
            row.RecordJson = row.RecordJson!.Replace("GM0074", "GM0405", StringComparison.Ordinal);
            await db.SaveChangesAsync();
        }

        var outcome = Assert.Single(await hub.Services.GetRequiredService<QuarantineService>()
            .ReplayAsync([id], CallerScope.System, CancellationToken.None));

        Assert.True(outcome.Succeeded, outcome.Message);
        await using var check = hub.System();
        Assert.Equal(1, await check.Set<LeerrouteDeelname>().CountAsync());
        Assert.Equal(1, await check.Set<Voortgangsmeting>().CountAsync());
        Assert.Equal(1, await check.Set<Pvt>().CountAsync());
        Assert.Equal(hub.Pseudonymizer.ForBsn(TestBsns.A), (await check.Inburgeraars.SingleAsync()).Pseudoniem);
    }
}

using System.Text;
using Inburgering.Hub.Connectors.Testing;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Operational;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Connectors.Taalaanbieder.Tests;

/// <summary>
/// Providers without an einddatum column (Fiolet, NL-training): a deelname ends on the peildatum of
/// its first line with a final status, and the PVT date on that line loads. Real files through the
/// connector and the engine.
/// </summary>
[Trait("Category", "Integration")]
public sealed class FinalStatusTests : IAsyncLifetime
{
    private const string FioletHeader =
        "Cursistnummer;BSN;Gemeente;Route;Startdatum;Peildatum;Status;Uren aangeboden;Uren aanwezig;Verzuim geoorloofd;Verzuim ongeoorloofd;Uren participatie;Lezen;Luisteren;Schrijven;Spreken;KNM;PVT afgerond";

    private const string NlHeader =
        "\"student_id\",\"citizen_service_number\",\"municipality\",\"track\",\"start_date\",\"report_date\",\"state\",\"hours_offered\",\"hours_attended\",\"excused_absence\",\"unexcused_absence\",\"participation_hours\",\"reading\",\"listening\",\"writing\",\"speaking\",\"knm_done\",\"pvt_completed\"";

    private readonly TestInbox _inbox = new();
    private TestHub _hub = null!;

    public async Task InitializeAsync() =>
        _hub = await TestHub.StartAsync(new TaalaanbiederConnector(), _inbox.Settings(), FixtureGemeente.Westfriesland, Path.Combine(_inbox.Path, "hub.db"));

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _inbox.Dispose();
    }

    [Fact]
    public async Task A_Fiolet_cursist_that_finishes_ends_on_the_peildatum_of_the_final_line_with_its_pvt()
    {
        Fiolet("voortgang-2023-05.csv", "F-9;626018158;GM0405;B1;06-03-2023;31-05-2023;Lopend;120;110;2;8;;A1;A1;A1;A1;N;");
        var may = await _hub.RunAsync();
        Fiolet("voortgang-2023-06.csv", "F-9;626018158;GM0405;B1;06-03-2023;30-06-2023;Afgerond;180;162,5;6;11,5;;B1;B1;A2;B1;J;12-06-2023");
        var june = await _hub.RunAsync();

        Assert.Equal(SyncRunStatus.Succeeded, may.Status);
        Assert.Equal(SyncRunStatus.Succeeded, june.Status);
        Assert.Equal(0, june.Quarantined);
        await using var db = _hub.System();
        var deelname = await db.Set<LeerrouteDeelname>().SingleAsync();
        Assert.Equal(DeelnameStatus.Afgerond, deelname.Status);
        Assert.Equal(new DateOnly(2023, 6, 30), deelname.Einddatum);
        Assert.Equal(Leerroute.B1, deelname.Leerroute);
        Assert.Equal(new DateOnly(2023, 6, 12), (await db.Set<Pvt>().SingleAsync()).AfgerondOp);
        Assert.Equal(2, await db.Set<Voortgangsmeting>().CountAsync());
        Assert.Empty(await _hub.QuarantineAsync());
    }

    [Theory]
    [InlineData("COMPLETED", DeelnameStatus.Afgerond)]
    [InlineData("DROPPED_OUT", DeelnameStatus.Uitgevallen)]
    [InlineData("TRANSFERRED", DeelnameStatus.Overgestapt)]
    public async Task An_NL_training_final_word_ends_the_deelname_on_its_first_final_peildatum(string word, DeelnameStatus status)
    {
        NlTraining("progress_2023-05.csv", Nl("2023-05-31", "ACTIVE", ""));
        NlTraining("progress_2023-06.csv", Nl("2023-06-30", word, "2023-06-12"));
        NlTraining("progress_2023-07.csv", Nl("2023-07-31", word, "2023-06-12"));
        var run = await _hub.RunAsync();

        Assert.Equal(SyncRunStatus.Succeeded, run.Status);
        await using var db = _hub.System();
        var deelname = await db.Set<LeerrouteDeelname>().SingleAsync();
        Assert.Equal(status, deelname.Status);
        Assert.Equal(new DateOnly(2023, 6, 30), deelname.Einddatum);
        Assert.Equal(new DateOnly(2023, 7, 31), deelname.LaatstePeildatum);
        Assert.Equal(new DateOnly(2023, 6, 12), (await db.Set<Pvt>().SingleAsync()).AfgerondOp);
    }

    [Fact]
    public async Task A_later_final_line_keeps_the_einddatum_of_the_first_and_a_resumed_route_ends_again()
    {
        NlTraining("progress_2023-06.csv", Nl("2023-06-30", "DROPPED_OUT", ""));
        await _hub.RunAsync();
        NlTraining("progress_2023-07.csv", Nl("2023-07-31", "DROPPED_OUT", ""));
        await _hub.RunAsync();
        Assert.Equal(new DateOnly(2023, 6, 30), await EinddatumAsync());

        NlTraining("progress_2023-08.csv", Nl("2023-08-31", "ACTIVE", ""));
        await _hub.RunAsync();
        Assert.Null(await EinddatumAsync());

        NlTraining("progress_2023-09.csv", Nl("2023-09-30", "COMPLETED", ""));
        await _hub.RunAsync();
        Assert.Equal(new DateOnly(2023, 9, 30), await EinddatumAsync());
    }

    [Fact]
    public async Task A_provider_with_an_einddatum_column_keeps_its_own_value()
    {
        _inbox.Extra["Aanbieders:FIOLET:Columns:einddatum"] = "Einddatum";
        _hub.UseSettings(_inbox.Settings());
        Fiolet(
            "voortgang-2023-06.csv",
            FioletHeader + ";Einddatum",
            "F-9;626018158;GM0405;B1;06-03-2023;30-06-2023;Afgerond;180;162,5;6;11,5;;B1;B1;A2;B1;J;12-06-2023;21-06-2023");
        var run = await _hub.RunAsync();

        Assert.Equal(SyncRunStatus.Succeeded, run.Status);
        Assert.Equal(new DateOnly(2023, 6, 21), await EinddatumAsync());
    }

    private async Task<DateOnly?> EinddatumAsync()
    {
        await using var db = _hub.System();
        return (await db.Set<LeerrouteDeelname>().SingleAsync()).Einddatum;
    }

    private static string Nl(string peildatum, string state, string pvt) =>
        $"\"NL-9\",\"626018158\",\"GM0405\",\"B1\",\"2023-03-06\",\"{peildatum}\",\"{state}\",\"180\",\"162.5\",\"6\",\"11.5\",\"\",\"B1\",\"B1\",\"A2\",\"B1\",\"true\",\"{pvt}\"";

    private void Fiolet(string name, params string[] lines)
    {
        string[] all = lines[0].StartsWith("Cursistnummer", StringComparison.Ordinal) ? lines : [FioletHeader, .. lines];
        _inbox.Write("fiolet", name, new UTF8Encoding(false), bom: true, all);
    }

    private void NlTraining(string name, params string[] lines) =>
        _inbox.Write("nltraining", name, new UTF8Encoding(false), bom: false, [NlHeader, .. lines]);
}

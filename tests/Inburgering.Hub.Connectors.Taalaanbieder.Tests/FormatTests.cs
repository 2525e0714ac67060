using System.Text;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Taalaanbieder.Tests;

/// <summary>Delimiters, encodings, quotes, date and number formats, and value tables from configuration.</summary>
public sealed class FormatTests
{
    private const string FioletHeader =
        "Cursistnummer;BSN;Gemeente;Route;Startdatum;Peildatum;Status;Uren aangeboden;Uren aanwezig;Verzuim geoorloofd;Verzuim ongeoorloofd;Uren participatie;Lezen;Luisteren;Schrijven;Spreken;KNM;PVT afgerond";

    private const string NlHeader =
        "\"student_id\",\"citizen_service_number\",\"municipality\",\"track\",\"start_date\",\"report_date\",\"state\",\"hours_offered\",\"hours_attended\",\"excused_absence\",\"unexcused_absence\",\"participation_hours\",\"reading\",\"listening\",\"writing\",\"speaking\",\"knm_done\",\"pvt_completed\"";

    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    private static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    private static string Fiolet(string status = "Lopend", string uren = "180", string peildatum = "30-06-2023", string knm = "J", string pvt = "12-05-2023") =>
        $"F-1001;123456782;GM0405;B1;06-03-2023;{peildatum};{status};{uren};162,5;6;11,5;;A1;A2;A1;A1;{knm};{pvt}";

    [Fact]
    public async Task Utf8_with_bom_comma_decimals_and_dutch_values()
    {
        using var inbox = new TestInbox();
        inbox.Write("fiolet", "voortgang-2023-06.csv", Utf8, bom: true, FioletHeader, Fiolet(status: "Afgerond"));

        var record = Assert.Single((await ConnectorRun.ReadAllAsync(inbox)).Records());

        Assert.Equal("F-1001", record.CursistId);
        Assert.Equal("AFGEROND", record.Status);
        Assert.Equal(162.5m, record.UrenGevolgd);
        Assert.Equal(11.5m, record.UrenOngeoorloofdVerzuim);
        Assert.True(record.KnmAfgerond);
        Assert.Equal(new DateOnly(2023, 5, 12), record.PvtAfgerondOp);
        Assert.Equal("123456782", record.Person.Bsn);
    }

    [Fact]
    public async Task Utf8_without_bom_quoted_fields_iso_dates_and_dot_decimals()
    {
        using var inbox = new TestInbox();
        inbox.Write(
            "nltraining",
            "progress_2023-07.csv",
            Utf8,
            bom: false,
            NlHeader,
            "\"NL-77\",\"111222333\",\"GM0420\",\"Z\",\"2023-01-09\",\"2023-07-31\",\"COMPLETED\",\"420\",\"371.5\",\"10\",\"38.5\",\"310\",\"A0\",\"A1\",\"A0\",\"A1\",\"true\",\"2023-07-01\"",
            "NL-78,111222333,GM0420,\"B1\",2023-01-09,2023-07-31,ACTIVE,\"1.5\",1,0,0,,,,,,false,");

        var messages = await ConnectorRun.ReadAllAsync(inbox);

        Assert.Empty(messages.OfType<SourceRejection>());
        var records = messages.Records();
        Assert.Equal(2, records.Count);
        Assert.Equal("AFGEROND", records[0].Status);
        Assert.Equal(371.5m, records[0].UrenGevolgd);
        Assert.Equal(new DateOnly(2023, 7, 31), records[0].Peildatum);
        Assert.True(records[0].KnmAfgerond);
        Assert.Equal(new DateOnly(2023, 7, 1), records[0].PvtAfgerondOp);
        Assert.Equal(1.5m, records[1].UrenAangeboden);
        Assert.Null(records[1].NiveauLezen);
        Assert.Null(records[1].PvtAfgerondOp);
    }

    [Fact]
    public async Task A_third_aanbieder_is_configuration_only()
    {
        using var inbox = new TestInbox();
        var vonk = new Dictionary<string, string?>
        {
            ["Folder"] = "vonk",
            ["Delimiter"] = "|",
            ["Encoding"] = "windows-1252",
            ["DateFormat"] = "yyyyMMdd",
            ["DecimalSeparator"] = ",",
            ["Columns:cursistId"] = "Leerlingnummer",
            ["Columns:bsn"] = "Burgerservicenummer",
            ["Columns:gemeenteCode"] = "Woongemeente",
            ["Columns:leerroute"] = "Traject",
            ["Columns:startdatum"] = "Begindatum",
            ["Columns:peildatum"] = "Peilmoment",
            ["Columns:status"] = "Stand van zaken",
            ["Columns:einddatum"] = "Einddatum",
            ["Columns:urenAangeboden"] = "Uren géboden",
            ["Columns:urenGevolgd"] = "Uren gevolgd",
            ["Columns:urenGeoorloofdVerzuim"] = "Afwezig met reden",
            ["Columns:urenOngeoorloofdVerzuim"] = "Afwezig zonder reden",
            ["Columns:knmAfgerond"] = "KNM behaald",
            ["Values:status:Actief"] = "LOPEND",
            ["Values:status:Geslaagd"] = "AFGEROND",
            ["Values:status:Gestopt"] = "UITGEVALLEN",
            ["Values:status:Doorverwezen"] = "OVERGESTAPT",
            ["Values:leerroute:Taal B1"] = "B1",
            ["Values:leerroute:Zelfredzaamheid"] = "Z",
            ["Values:knmAfgerond:ja"] = "true",
            ["Values:knmAfgerond:nee"] = "false",
        };
        foreach (var (key, value) in vonk)
        {
            inbox.Extra[$"Aanbieders:VONK:{key}"] = value;
        }

        inbox.Write(
            "vonk",
            "vonk_202306.csv",
            Windows1252,
            bom: false,
            "Leerlingnummer|Burgerservicenummer|Woongemeente|Traject|Begindatum|Peilmoment|Stand van zaken|Einddatum|Uren géboden|Uren gevolgd|Afwezig met reden|Afwezig zonder reden|KNM behaald|Opmerking",
            "V-1|123456782|GM0432|Taal B1|20230102|20230630|Geslaagd|20230615|300,5|280|4|16,5|ja|café",
            "V-2|174681458|GM0432|Zelfredzaamheid|20230102|20230630|Actief||12|12|0|0|nee|");

        var messages = await ConnectorRun.ReadAllAsync(inbox);

        Assert.Empty(messages.OfType<SourceRejection>());
        var records = messages.Records();
        Assert.Equal(2, records.Count);
        Assert.Equal("VONK", records[0].Aanbieder);
        Assert.Equal("B1", records[0].Leerroute);
        Assert.Equal("AFGEROND", records[0].Status);
        Assert.Equal(new DateOnly(2023, 6, 15), records[0].Einddatum);
        Assert.Equal(300.5m, records[0].UrenAangeboden);
        Assert.True(records[0].KnmAfgerond);
        Assert.Equal("Z", records[1].Leerroute);
        Assert.Equal("LOPEND", records[1].Status);
        Assert.Null(records[1].Einddatum);
        Assert.Equal("VONK:V-2:2023-06-30", messages.OfType<SourceRecord>().Last().SourceId);
        Assert.True(inbox.InProcessed("vonk", "vonk_202306.csv"));
    }

    [Fact]
    public async Task An_unmapped_status_is_quarantined_not_guessed()
    {
        using var inbox = new TestInbox();
        inbox.Write("fiolet", "voortgang-2023-06.csv", Utf8, bom: true, FioletHeader, Fiolet(status: "Gepauzeerd"), Fiolet(peildatum: "31-07-2023"));

        var messages = await ConnectorRun.ReadAllAsync(inbox);

        var rejection = messages.SingleRejection();
        Assert.Equal(ReasonCodes.UnknownCode, rejection.ReasonCode);
        Assert.Equal("fiolet/voortgang-2023-06.csv:line 2", rejection.Location);
        Assert.Contains("Gepauzeerd", rejection.Message, StringComparison.Ordinal);
        Assert.Equal("FIOLET:F-1001:2023-06-30", rejection.SourceId);
        Assert.Equal("GM0405", rejection.GemeenteCode);
        Assert.Single(messages.Records());
    }

    [Theory]
    [InlineData("31-02-2023", "180", "J", ReasonCodes.InvalidDate)]
    [InlineData("30-06-2023", "1.80", "J", ReasonCodes.InvalidNumber)]
    [InlineData("30-06-2023", "", "J", ReasonCodes.MissingField)]
    [InlineData("30-06-2023", "180", "Misschien", ReasonCodes.UnknownCode)]
    public async Task Bad_values_are_rejected_with_a_reason_and_location(string peildatum, string uren, string knm, string reason)
    {
        using var inbox = new TestInbox();
        inbox.Write("fiolet", "voortgang-2023-06.csv", Utf8, bom: true, FioletHeader, Fiolet(peildatum: peildatum, uren: uren, knm: knm));

        var rejection = (await ConnectorRun.ReadAllAsync(inbox)).SingleRejection();

        Assert.Equal(reason, rejection.ReasonCode);
        Assert.Equal("fiolet/voortgang-2023-06.csv:line 2", rejection.Location);
        Assert.DoesNotContain("123456782", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bsn_in_a_bad_field_never_reaches_the_message()
    {
        using var inbox = new TestInbox();
        inbox.Write("fiolet", "voortgang-2023-06.csv", Utf8, bom: true, FioletHeader, Fiolet(peildatum: "123456782"));

        var rejection = (await ConnectorRun.ReadAllAsync(inbox)).SingleRejection();

        Assert.Equal(ReasonCodes.InvalidDate, rejection.ReasonCode);
        Assert.DoesNotContain("123456782", rejection.Message, StringComparison.Ordinal);
        Assert.Contains("*********", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_line_in_one_file_keeps_the_first()
    {
        using var inbox = new TestInbox();
        inbox.Write("fiolet", "voortgang-2023-06.csv", Utf8, bom: true, FioletHeader, Fiolet(), Fiolet(uren: "200"));

        var messages = await ConnectorRun.ReadAllAsync(inbox);

        Assert.Equal(ReasonCodes.DuplicateId, messages.SingleRejection().ReasonCode);
        Assert.Equal(180m, Assert.Single(messages.Records()).UrenAangeboden);
    }

    [Fact]
    public async Task A_line_with_the_wrong_field_count_is_malformed()
    {
        using var inbox = new TestInbox();
        inbox.Write("fiolet", "voortgang-2023-06.csv", Utf8, bom: true, FioletHeader, "F-1;123456782;GM0405");

        Assert.Equal(ReasonCodes.MalformedRecord, (await ConnectorRun.ReadAllAsync(inbox)).SingleRejection().ReasonCode);
    }
}

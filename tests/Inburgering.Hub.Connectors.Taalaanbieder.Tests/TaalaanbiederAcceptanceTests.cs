using System.Text;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Testing;

namespace Inburgering.Hub.Connectors.Taalaanbieder.Tests;

/// <summary>
/// The connector acceptance kit on the taalaanbieder connector with the shipped FIOLET and
/// NLTRAINING mappings: one month's file of each provider as the good fixture.
/// </summary>
public sealed class TaalaanbiederAcceptanceTests : ConnectorAcceptanceTests<TaalaanbiederConnector>
{
    private const string FioletHeader =
        "Cursistnummer;BSN;Gemeente;Route;Startdatum;Peildatum;Status;Uren aangeboden;Uren aanwezig;Verzuim geoorloofd;Verzuim ongeoorloofd;Uren participatie;Lezen;Luisteren;Schrijven;Spreken;KNM;PVT afgerond";
    private const string NlHeader =
        "\"student_id\",\"citizen_service_number\",\"municipality\",\"track\",\"start_date\",\"report_date\",\"state\",\"hours_offered\",\"hours_attended\",\"excused_absence\",\"unexcused_absence\",\"participation_hours\",\"reading\",\"listening\",\"writing\",\"speaking\",\"knm_done\",\"pvt_completed\"";

    private static readonly string[] GoodFiolet =
    [
        "C-1;123456782;GM0405;B1;06-03-2023;30-06-2023;Lopend;180;162,5;6;11,5;;A1;A2;A1;A1;N;",
        "C-2;174681458;GM0405;Z;09-01-2023;30-06-2023;Lopend;420;371,5;10;38,5;310;A0;A1;A0;A1;J;12-05-2023",
        "C-3;916146108;GM0420;ONDERWIJS;15-05-2023;30-06-2023;Lopend;60;58;0;2;;A1;A1;A1;A1;N;",
    ];

    protected override IReadOnlyDictionary<string, IReadOnlyList<string>> ExpectedSourceIds { get; } =
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["voortgang"] = ["FIOLET:C-1:2023-06-30", "FIOLET:C-2:2023-06-30", "FIOLET:C-3:2023-06-30", "NLTRAINING:NL-1:2023-06-30"],
        };

    /// <summary>Each line also yields its leerroute-deelname, and C-2's line its PVT.</summary>
    protected override IReadOnlyDictionary<string, IReadOnlyList<string>> ExpectedDerivedSourceIds { get; } =
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["voortgang"] = ["FIOLET:C-1", "FIOLET:C-2", "FIOLET:C-3", "NLTRAINING:NL-1", "FIOLET:C-2:pvt"],
        };

    /// <summary>4 lines, each counted once by its voortgangsmeting: a run counts records.</summary>
    protected override int ExpectedInserted => 4;

    /// <summary>4 voortgangsmetingen + the 4 leerroute-deelnames and 1 PVT derived from the lines.</summary>
    protected override int ExpectedLiveRows => 9;

    protected override IEnumerable<BadInput> BadInputs =>
    [
        new("status word the mapping does not know", "voortgang", ReasonCodes.UnknownCode, folder => Fiolet(folder, GoodFiolet[0], "C-9;367418253;GM0405;B1;06-03-2023;30-06-2023;Gepauzeerd;10;10;0;0;;A1;A1;A1;A1;N;", GoodFiolet[2]))
        {
            Location = ":line 3",
            LoadedSourceIds = ["FIOLET:C-1:2023-06-30", "FIOLET:C-3:2023-06-30"],
        },
        new("startdatum 31-02-2023", "voortgang", ReasonCodes.InvalidDate, folder => Fiolet(folder, GoodFiolet[0], "C-9;367418253;GM0405;B1;31-02-2023;30-06-2023;Lopend;10;10;0;0;;A1;A1;A1;A1;N;", GoodFiolet[2]))
        {
            Location = ":line 3",
            LoadedSourceIds = ["FIOLET:C-1:2023-06-30", "FIOLET:C-3:2023-06-30"],
        },
        new("negative hours", "voortgang", ReasonCodes.InvalidValue, folder => Fiolet(folder, GoodFiolet[0], "C-9;367418253;GM0405;Z;30-06-2023;30-06-2023;Lopend;-1,8;-1,8;0;0;-1,8;A1;A1;A1;A1;N;", GoodFiolet[2]))
        {
            Location = ":line 3",
            LoadedSourceIds = ["FIOLET:C-1:2023-06-30", "FIOLET:C-3:2023-06-30"],
        },
        new("a quoted Cursistnummer spanning two lines (RFC 4180)", "voortgang", ReasonCodes.InvalidValue, folder => Fiolet(folder, GoodFiolet[0], "\"C-9\r\nX\";367418253;GM0405;B1;06-03-2023;30-06-2023;Lopend;10;10;0;0;;A1;A1;A1;A1;N;", GoodFiolet[2]))
        {
            Location = ":lines 3-4",
            LoadedSourceIds = ["FIOLET:C-1:2023-06-30", "FIOLET:C-3:2023-06-30"],
            NothingElseStored = true,
        },
        new("BSN failing the elfproef", "voortgang", ReasonCodes.InvalidBsn, folder => Fiolet(folder, GoodFiolet[0], "C-9;565845756;GM0405;B1;06-03-2023;30-06-2023;Lopend;10;10;0;0;;A1;A1;A1;A1;N;", GoodFiolet[2]))
        {
            Location = ":line 3",
            LoadedSourceIds = ["FIOLET:C-1:2023-06-30", "FIOLET:C-3:2023-06-30"],
        },
    ];

    protected override IEnumerable<string> FixtureBsns => ["123456782", "174681458", "916146108", "209494177"];

    protected override TaalaanbiederConnector CreateConnector() => new();

    protected override ConnectorSettings PrepareGoodFixture(string folder)
    {
        Fiolet(folder, GoodFiolet);
        Write(folder, "nltraining", "progress_2023-06.csv", new UTF8Encoding(false), NlHeader,
            "\"NL-1\",\"209494177\",\"GM0498\",\"Z\",\"2023-01-09\",\"2023-06-30\",\"ACTIVE\",\"420\",\"371.5\",\"10\",\"38.5\",\"310\",\"A0\",\"A1\",\"A0\",\"A1\",\"false\",\"\"");
        return Settings(folder);
    }

    protected override IEnumerable<(string Name, ConnectorSettings Settings)> InvalidSettings(string folder, ConnectorSettings good) =>
    [
        ("an InboxPath that does not exist", good.With("InboxPath", Path.Combine(folder, "does-not-exist"))),
        ("an encoding the connector does not know", good.With("Aanbieders:FIOLET:Encoding", "ebcdic")),
    ];

    private static ConnectorSettings Fiolet(string folder, params string[] lines)
    {
        Write(folder, "fiolet", "voortgang-2023-06.csv", new UTF8Encoding(true), FioletHeader, lines);
        return Settings(folder);
    }

    private static void Write(string folder, string aanbieder, string name, Encoding encoding, string header, params string[] lines)
    {
        Directory.CreateDirectory(Path.Combine(folder, aanbieder));
        File.WriteAllText(Path.Combine(folder, aanbieder, name), string.Join("\r\n", [header, .. lines]) + "\r\n", encoding);
    }

    /// <summary>The shipped appsettings.json mappings on <paramref name="folder"/>.</summary>
    private static ConnectorSettings Settings(string folder)
    {
        using var inbox = new TestInbox();
        return inbox.Settings().With("InboxPath", folder);
    }
}

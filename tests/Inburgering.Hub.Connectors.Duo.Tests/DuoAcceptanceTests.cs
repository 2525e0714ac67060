using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Testing;
using static Inburgering.Hub.Connectors.Duo.Tests.DuoXml;

namespace Inburgering.Hub.Connectors.Duo.Tests;

/// <summary>
/// The connector acceptance kit on the DUO connector. The good fixture (<see cref="DuoXml.GoodFixture"/>)
/// is a well-formed batch with most soorten, a correction, a move and a WI2013 plicht: the kit wants
/// a fixture without rejections, and the contract's example file is not one (M-000089 and its broken
/// end, see <see cref="ExampleFileTests"/>); it is used here as a bad input.
/// </summary>
public sealed class DuoAcceptanceTests : ConnectorAcceptanceTests<DuoConnector>
{
    protected override IReadOnlyDictionary<string, IReadOnlyList<string>> ExpectedSourceIds { get; } =
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["meldingen"] = ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "B1", "B2", "C1", "C2"],
        };

    /// <summary>The plicht-gemeente periods (the plichten, examens, verlengingen and boetes carry their melding's id).</summary>
    protected override IReadOnlyDictionary<string, IReadOnlyList<string>> ExpectedDerivedSourceIds { get; } =
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["meldingen"] = ["A1:20220815", "A1:20230901", "B1:20210301", "C1:20221106"],
        };

    /// <summary>11 meldingen: a run counts records; the 3 plichten, 4 periods, examen, verlenging and boete derived from them are not counted.</summary>
    protected override int ExpectedInserted => 11;

    /// <summary>The 11 meldingen and what is derived from them: 3 plichten, 4 periods, 1 examen (A5; A4 is replaced), 1 verlenging, 1 boete.</summary>
    protected override int ExpectedLiveRows => 11 + 3 + 4 + 1 + 1 + 1;

    protected override ResumeScenario Resume => new()
    {
        AddDocuments = folder => WriteBatch(
            folder,
            "duo-meldingen-20240106-001.xml",
            Melding("M-100001", "TERMIJN_VASTGESTELD", "2022-09-30", BsnA, "GM0388", "<termijn aanvang=\"2022-10-01\" einde=\"2025-09-30\"/>", correctieVan: "A2")),
        SourceIds = new Dictionary<string, IReadOnlyList<string>> { ["meldingen"] = ["M-100001"] },
        Inserted = 1, // the correction (A2 replaced by it and plicht A1's termijn aanvang are derived, not counted)
        Updated = 0,
    };

    protected override IEnumerable<BadInput> BadInputs =>
    [
        new("M-000088 fails the elfproef", "meldingen", ReasonCodes.InvalidBsn, CopyExample)
        {
            Location = $"{ExampleFile}:line 17",
            LoadedSourceIds = ["M-000041", "M-000053"],
        },
        new("M-000089 has soort ONBEKEND_SIGNAAL", "meldingen", ReasonCodes.UnknownCode, CopyExample)
        {
            Location = $"{ExampleFile}:line 18",
            LoadedSourceIds = ["M-000041", "M-000053"],
        },
        new("datum 2023-02-30", "meldingen", ReasonCodes.InvalidDate, folder => Bad(folder, Gestart("M-2", "2023-02-30", BsnB, "GM0405")))
        {
            Location = "line 4",
            LoadedSourceIds = ["M-1"],
        },
        new("cijfer with a comma", "meldingen", ReasonCodes.InvalidNumber, folder => Bad(
            folder,
            Melding("M-2", "EXAMENUITSLAG", "2023-06-20", BsnA, "GM0405", "<examen onderdeel=\"LEZEN\" niveau=\"B1\" resultaat=\"GESLAAGD\" cijfer=\"7,2\" examendatum=\"2023-06-01\"/>")))
        {
            Location = "line 4",
            LoadedSourceIds = ["M-1"],
        },
        new("EXAMENUITSLAG without examen", "meldingen", ReasonCodes.MissingField, folder => Bad(folder, Melding("M-2", "EXAMENUITSLAG", "2023-06-20", BsnA, "GM0405")))
        {
            Location = "line 4",
            LoadedSourceIds = ["M-1"],
        },
        new("doelgroep VLUCHTELING", "meldingen", ReasonCodes.UnknownCode, folder => Bad(folder, Gestart("M-2", "2023-02-14", BsnB, "GM0405", doelgroep: "VLUCHTELING")))
        {
            Location = "line 4",
            LoadedSourceIds = ["M-1"],
        },
        new("gemeente GM9999", "meldingen", ReasonCodes.UnknownGemeente, folder => Bad(folder, Gestart("M-2", "2023-02-14", BsnB, "GM9999")))
        {
            Location = "line 4",
            LoadedSourceIds = ["M-1"],
        },
        new("melding id twice in one file", "meldingen", ReasonCodes.DuplicateId, folder => Bad(folder, Gestart("M-1", "2023-02-14", BsnA, "GM0405")))
        {
            Location = "line 4",
            LoadedSourceIds = ["M-1"],
        },
    ];

    protected override DuoConnector CreateConnector() => new();

    protected override ConnectorSettings PrepareGoodFixture(string folder)
    {
        Write(folder, "duo-meldingen-20240105-001.xml", GoodFixture);
        return Settings(folder);
    }

    protected override IEnumerable<(string Name, ConnectorSettings Settings)> InvalidSettings(string folder, ConnectorSettings good) =>
    [
        ("an InboxPath that does not exist", good.With("InboxPath", Path.Combine(folder, "does-not-exist"))),
        ("MoveProcessed 'ja'", good.With("MoveProcessed", "ja")),
    ];

    private static ConnectorSettings CopyExample(string folder)
    {
        File.Copy(Example, Path.Combine(folder, ExampleFile));
        return Settings(folder);
    }

    private static ConnectorSettings Bad(string folder, string bad)
    {
        WriteBatch(folder, "duo-meldingen-20240112-001.xml", Gestart("M-1", "2023-02-14", BsnA, "GM0405"), bad);
        return Settings(folder);
    }
}

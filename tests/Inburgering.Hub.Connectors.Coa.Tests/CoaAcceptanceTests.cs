using System.Text;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Testing;

namespace Inburgering.Hub.Connectors.Coa.Tests;

/// <summary>
/// The connector acceptance kit on the COA connector, with the contract's example files in
/// <c>connectors/Inburgering.Hub.Connectors.Coa/examples</c> as the good fixture.
/// </summary>
public sealed class CoaAcceptanceTests : ConnectorAcceptanceTests<CoaConnector>
{
    private const string KoppelingenFile = "coa-koppelingen-20240105.csv";
    private const string TaakstellingFile = "coa-taakstelling-20240105.csv";
    private const string GoodRow =
        "K-100001;174681458;4255542466;GM0498;18-12-2022;19-03-2023;2022-H2;G-000002;HOOFDPERSOON;1997;YEM;N;GESTART;GEHUISVEST";
    private const string SecondGoodRow =
        "K-100002;916146108;1002340482;GM0498;18-12-2022;19-03-2023;2022-H2;G-000002;PARTNER;1978;YEM;N;GEEN;GEHUISVEST";

    static CoaAcceptanceTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    protected override IReadOnlyDictionary<string, IReadOnlyList<string>> ExpectedSourceIds { get; } =
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["koppelingen"] =
            [
                .. Enumerable.Range(1, 12).Select(n => $"K-{n:000000}"),
                "K-000044", // invalid BSN: read by the connector, refused by the engine
                "K-000045", // unknown gemeente GM9999: idem
            ],
            ["taakstelling"] =
            [
                "GM0405:2023-H1", "GM0405:2023-H2", "GM0388:2023-H1", "GM0388:2023-H2", "GM0498:2023-H1", "GM0498:2023-H2",
            ],
        };

    /// <summary>14 koppelingen + 6 taakstellingen, less K-000044 and K-000045.</summary>
    protected override int ExpectedInserted => 18;

    protected override int ExpectedQuarantinedFromGoodFixture => 2;

    protected override IEnumerable<BadInput> BadInputs =>
    [
        new("K-000044 fails the elfproef", "koppelingen", ReasonCodes.InvalidBsn, CopyExampleKoppelingen)
        {
            Location = $"{KoppelingenFile}:line 14",
            LoadedSourceIds = ["K-000001", "K-000012"],
        },
        new("K-000045 has gemeente GM9999", "koppelingen", ReasonCodes.UnknownGemeente, CopyExampleKoppelingen)
        {
            Location = $"{KoppelingenFile}:line 15",
            LoadedSourceIds = ["K-000001", "K-000012"],
        },
        new("koppeldatum 31-02-2024", "koppelingen", ReasonCodes.InvalidDate, folder => WriteKoppelingen(
            folder,
            GoodRow,
            "K-100003;926224396;1815187656;GM0388;31-02-2024;;2024-H1;G-000003;HOOFDPERSOON;2000;AFG;N;GEEN;GEKOPPELD"))
        {
            Location = "line 3",
            LoadedSourceIds = ["K-100001"],
        },
        new("a quoted koppeling_id spanning two lines (RFC 4180)", "koppelingen", ReasonCodes.InvalidValue, folder => WriteKoppelingen(
            folder,
            GoodRow,
            "\"K-100007\r\nX\";926224396;1815187656;GM0388;15-01-2024;;2024-H1;G-000007;HOOFDPERSOON;2000;AFG;N;GEEN;GEKOPPELD"))
        {
            Location = "lines 3-4",
            LoadedSourceIds = ["K-100001"],
            NothingElseStored = true,
        },
        new("koppeling_id twice in one file", "koppelingen", ReasonCodes.DuplicateId, folder => WriteKoppelingen(
            folder,
            GoodRow,
            SecondGoodRow,
            GoodRow.Replace("GESTART;GEHUISVEST", "AFGEROND;GEHUISVEST", StringComparison.Ordinal)))
        {
            Location = "line 4",
            LoadedSourceIds = ["K-100001", "K-100002"],
        },
    ];

    protected override CoaConnector CreateConnector() => new();

    protected override ConnectorSettings PrepareGoodFixture(string folder)
    {
        CopyExample(folder, KoppelingenFile);
        CopyExample(folder, TaakstellingFile);
        return Settings(folder);
    }

    protected override IEnumerable<(string Name, ConnectorSettings Settings)> InvalidSettings(string folder, ConnectorSettings good) =>
    [
        ("an InboxPath that does not exist", good.With("InboxPath", Path.Combine(folder, "does-not-exist"))),
        ("MoveProcessed 'ja'", good.With("MoveProcessed", "ja")),
    ];

    private static ConnectorSettings Settings(string folder) => new([new("InboxPath", folder)]);

    private static ConnectorSettings CopyExampleKoppelingen(string folder)
    {
        CopyExample(folder, KoppelingenFile);
        return Settings(folder);
    }

    private static void CopyExample(string folder, string fileName) =>
        File.Copy(Path.Combine(RepoPaths.CoaExamples, fileName), Path.Combine(folder, fileName));

    private static ConnectorSettings WriteKoppelingen(string folder, params string[] rows)
    {
        var text = string.Join("\r\n", [TestInbox.KoppelingHeader, .. rows]) + "\r\n";
        File.WriteAllBytes(Path.Combine(folder, "coa-koppelingen-20240112.csv"), Encoding.GetEncoding(1252).GetBytes(text));
        return Settings(folder);
    }
}

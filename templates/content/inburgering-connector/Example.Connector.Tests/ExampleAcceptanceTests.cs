using System.Text;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Inbox;
using Inburgering.Hub.Connectors.Testing;

namespace Example.Connector.Tests;

/// <summary>The acceptance kit on the connector: fixtures written by the test (synthetic BSNs that pass the elfproef).</summary>
public sealed class ExampleAcceptanceTests : ConnectorAcceptanceTests<ExampleConnector>
{
    private const string Stream = ExampleConnector.Stream;
    private const string Header = "id;bsn;gemeenteCode;soort;startdatum;einddatum;urenPerWeek";
    private const string BsnA = "174681458";
    private const string BsnB = "916146108";
    private const string BsnC = "926224396";
    private const string BsnD = "679160115";

    protected override IReadOnlyDictionary<string, IReadOnlyList<string>> ExpectedSourceIds { get; } =
        new Dictionary<string, IReadOnlyList<string>> { [Stream] = ["P-1", "P-2", "P-3"] };

    protected override IEnumerable<string> FixtureBsns => [BsnA, BsnB, BsnC, BsnD];

    /// <summary>A later file updates P-2 and adds P-4.</summary>
    protected override ResumeScenario Resume => new()
    {
        AddDocuments = folder => Write(
            folder,
            "participatie-20240122.csv",
            $"P-2;{BsnB};GM0388;WERKSTAGE;2024-01-15;2024-03-01;24",
            $"P-4;{BsnD};GM0432;TAALMAATJE;2024-01-22;;"),
        SourceIds = new Dictionary<string, IReadOnlyList<string>> { [Stream] = ["P-2", "P-4"] },
        Inserted = 1,
        Updated = 1,
    };

    protected override IEnumerable<BadInput> BadInputs =>
    [
        Bad("missing soort", ReasonCodes.MissingField, $"P-20;{BsnB};GM0405;;2024-01-08;;"),
        Bad("startdatum 15-01-2024", ReasonCodes.InvalidDate, $"P-20;{BsnB};GM0405;WERKSTAGE;15-01-2024;;"),
        Bad("urenPerWeek acht", ReasonCodes.InvalidNumber, $"P-20;{BsnB};GM0405;WERKSTAGE;2024-01-08;;acht"),
        Bad("id twice in one file", ReasonCodes.DuplicateId, $"P-10;{BsnB};GM0405;WERKSTAGE;2024-01-08;;"),
        Bad("BSN failing the elfproef", ReasonCodes.InvalidBsn, "P-20;123456789;GM0405;WERKSTAGE;2024-01-08;;"),
        Bad("gemeente GM9999", ReasonCodes.UnknownGemeente, $"P-20;{BsnB};GM9999;WERKSTAGE;2024-01-08;;"),
        Bad("soort STAGE", ReasonCodes.UnknownCode, $"P-20;{BsnB};GM0405;STAGE;2024-01-08;;"),
    ];

    protected override ExampleConnector CreateConnector() => new();

    protected override ConnectorSettings PrepareGoodFixture(string folder)
    {
        Write(
            folder,
            "participatie-20240108.csv",
            $"P-1;{BsnA};GM0405;VRIJWILLIGERSWERK;2024-01-08;;8",
            $"P-2;{BsnB};GM0388;WERKSTAGE;2024-01-15;2024-04-15;\"24,5\"");
        Write(folder, "participatie-20240115.csv", $"P-3;{BsnC};GM0498;BETAALDE_BAAN;2024-01-15;;32.5");
        return Settings(folder);
    }

    protected override IEnumerable<(string Name, ConnectorSettings Settings)> InvalidSettings(string folder, ConnectorSettings good) =>
    [
        ("an InboxPath that does not exist", good.With(InboxSettings.InboxPathKey, Path.Combine(folder, "does-not-exist"))),
    ];

    private static ConnectorSettings Settings(string folder) => new([new(InboxSettings.InboxPathKey, folder)]);

    /// <summary>A file with a good record, the bad one (line 3) and another good record.</summary>
    private static BadInput Bad(string name, string reasonCode, string badLine) =>
        new(name, Stream, reasonCode, folder =>
        {
            Write(folder, "participatie-20240201.csv", $"P-10;{BsnA};GM0405;VRIJWILLIGERSWERK;2024-02-01;;8", badLine, $"P-11;{BsnC};GM0420;WERKSTAGE;2024-02-01;;16");
            return Settings(folder);
        })
        {
            Location = "participatie-20240201.csv:line 3",
            LoadedSourceIds = ["P-10", "P-11"],
        };

    private static void Write(string folder, string name, params string[] records) =>
        File.WriteAllText(Path.Combine(folder, name), string.Join("\n", [Header, .. records]) + "\n", new UTF8Encoding(false));
}

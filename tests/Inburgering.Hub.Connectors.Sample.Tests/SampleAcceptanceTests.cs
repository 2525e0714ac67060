using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Testing;
using static Inburgering.Hub.Connectors.Sample.Tests.Jsonl;

namespace Inburgering.Hub.Connectors.Sample.Tests;

/// <summary>The connector acceptance kit on the sample connector, with fixtures written by the test.</summary>
public sealed class SampleAcceptanceTests : ConnectorAcceptanceTests<SampleConnector>
{
    private const string Stream = SampleConnector.Stream;

    protected override IReadOnlyDictionary<string, IReadOnlyList<string>> ExpectedSourceIds { get; } =
        new Dictionary<string, IReadOnlyList<string>> { [Stream] = ["P-1", "P-2", "P-3"] };

    /// <summary>
    /// A later file updates P-2, deletes P-1 and adds P-4; a late file named before the state is
    /// skipped (its P-9 never arrives).
    /// </summary>
    protected override ResumeScenario Resume => new()
    {
        AddDocuments = folder =>
        {
            Write(folder, "participatie-20240110.jsonl", Item("P-9", BsnE));
            Write(
                folder,
                "participatie-20240122.jsonl",
                Item("P-2", BsnB, "GM0388", "WERKSTAGE", "2024-01-15", "2024-03-01", "24"),
                Deleted("P-1"),
                Item("P-4", BsnD, "GM0432", "TAALMAATJE", "2024-01-22"));
        },
        SourceIds = new Dictionary<string, IReadOnlyList<string>> { [Stream] = ["P-2", "P-4"] },
        TombstoneIds = new Dictionary<string, IReadOnlyList<string>> { [Stream] = ["P-1"] },
        Inserted = 1,
        Updated = 1,
        Deleted = 1,
    };

    protected override IEnumerable<BadInput> BadInputs =>
    [
        Bad("malformed JSON", ReasonCodes.MalformedRecord, $$"""{"id":"P-20","bsn":"{{BsnB}}","gemeenteCode":"""),
        Bad("missing soort", ReasonCodes.MissingField, $$"""{"id":"P-20","bsn":"{{BsnB}}","gemeenteCode":"GM0405","startdatum":"2024-01-08"}"""),
        Bad("startdatum 15-01-2024", ReasonCodes.InvalidDate, Item("P-20", BsnB, startdatum: "15-01-2024")),
        Bad("urenPerWeek \"acht\"", ReasonCodes.InvalidNumber, Item("P-20", BsnB, uren: "\"acht\"")),
        Bad("id twice in one file", ReasonCodes.DuplicateId, Item("P-10", BsnB, soort: "WERKSTAGE")),
        Bad("BSN failing the elfproef", ReasonCodes.InvalidBsn, Item("P-20", "123456789")),
        Bad("gemeente GM9999", ReasonCodes.UnknownGemeente, Item("P-20", BsnB, gemeente: "GM9999")),
        Bad("soort STAGE", ReasonCodes.UnknownCode, Item("P-20", BsnB, soort: "STAGE")),
        Bad("einddatum before startdatum", ReasonCodes.InvalidValue, Item("P-20", BsnB, startdatum: "2024-02-01", einddatum: "2024-01-01")),
        Bad("negative urenPerWeek", ReasonCodes.InvalidNumber, Item("P-20", BsnB, uren: "-4")),
    ];

    protected override SampleConnector CreateConnector() => new();

    protected override ConnectorSettings PrepareGoodFixture(string folder)
    {
        Write(
            folder,
            "participatie-20240108.jsonl",
            Item("P-1", BsnA),
            Item("P-2", BsnB, "GM0388", "WERKSTAGE", "2024-01-15", "2024-04-15", "24"));
        Write(folder, "participatie-20240115.jsonl", Item("P-3", BsnC, "GM0498", "BETAALDE_BAAN", "2024-01-15", uren: "32.5"));
        Write(folder, "readme.txt", "not a .jsonl file: ignored");
        return Settings(folder);
    }

    protected override IEnumerable<(string Name, ConnectorSettings Settings)> InvalidSettings(string folder, ConnectorSettings good) =>
    [
        ("an InboxPath that does not exist", good.With(SampleSettingsKeys.InboxPath, Path.Combine(folder, "does-not-exist"))),
    ];

    private static ConnectorSettings Settings(string folder) => new([new(SampleSettingsKeys.InboxPath, folder)]);

    /// <summary>A file with a good line, the bad line (line 2) and another good line.</summary>
    private static BadInput Bad(string name, string reasonCode, string badLine) =>
        new(name, Stream, reasonCode, folder =>
        {
            Write(folder, "participatie-20240201.jsonl", Item("P-10", BsnA), badLine, Item("P-11", BsnC, "GM0420"));
            return Settings(folder);
        })
        {
            Location = "participatie-20240201.jsonl:line 2",
            LoadedSourceIds = ["P-10", "P-11"],
        };
}

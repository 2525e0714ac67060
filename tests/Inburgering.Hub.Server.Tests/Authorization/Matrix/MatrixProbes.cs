using static Inburgering.Hub.Server.Tests.Authorization.Matrix.MatrixChecks;

namespace Inburgering.Hub.Server.Tests.Authorization.Matrix;

/// <summary>
/// Every entry point of the hub, each tried to reach gemeente B's persons. Every root field of the
/// schema must be covered by at least one probe (<see cref="SecurityMatrixTests"/> fails otherwise).
/// </summary>
public static class MatrixProbes
{
    private const string M = "medewerker";
    private const string An = "analist";
    private const string Be = "beheerder";
    private const string Au = "auditor";
    private const string B = MatrixCallers.B;
    private const string Van = "2022-01-01";
    private const string Tot = "2023-12-31";

    private const string Row = "__typename id gemeenteCode";

    private const string WhereB = "{gemeenteCode: {eq: \"" + B + "\"} }";

    private const string WhereKoppelingInB = "{koppelingen: {some: " + WhereB + "} }";

    /// <summary>Every relation of a person, each with its rows' ids and gemeente.</summary>
    private const string Person = $$"""
        {{Row}}
        koppelingen(metIngetrokken: true) { {{Row}} }
        leerrouteDeelnames(metIngetrokken: true) { {{Row}} voortgangsmetingen(metIngetrokken: true) { {{Row}} } }
        pvts(metIngetrokken: true) { {{Row}} }
        plicht { {{Row}} }
        plichten(metIngetrokken: true) { {{Row}} }
        examens(metIngetrokken: true) { {{Row}} }
        meldingen { {{Row}} vervangenDoor { {{Row}} } }
        boetes(metIngetrokken: true) { {{Row}} }
        intakes(metIngetrokken: true) { {{Row}} }
        uitkeringen(metIngetrokken: true) { {{Row}} }
        ontzorgtrajecten(metIngetrokken: true) { {{Row}} }
        mapTrajecten(metIngetrokken: true) { {{Row}} }
        participatie(metIngetrokken: true) { {{Row}} }
        """;

    private static readonly (string Field, string Dimensies, string? List, string Extra)[] Statistieken =
    [
        ("inburgeraarsStatistieken", "GEMEENTE_CODE", "Inburgeraar", ""),
        ("koppelingenStatistieken", "GEMEENTE_CODE", "Koppeling", ", metIngetrokken: true"),
        ("taakstellingenStatistieken", "GEMEENTE_CODE", "Taakstelling", ", metIngetrokken: true"),
        ("leerrouteDeelnamesStatistieken", "GEMEENTE_CODE", "LeerrouteDeelname", ", metIngetrokken: true"),
        ("voortgangsmetingenStatistieken", "GEMEENTE_CODE", "Voortgangsmeting", ", metIngetrokken: true"),
        ("intakesStatistieken", "GEMEENTE_CODE", "BredeIntakePip", ", metIngetrokken: true"),
        ("participatieStatistieken", "GEMEENTE_CODE", "Participatieactiviteit", ", metIngetrokken: true"),
        ("uitkeringenStatistieken", "GEMEENTE_CODE", "Uitkering", ", metIngetrokken: true"),
        ("plichtenStatistieken", "GEMEENTE_CODE", "Inburgeringsplicht", ", metIngetrokken: true"),
        ("meldingenStatistieken", "GEMEENTE_CODE", "DuoMelding", ", metIngetrokken: true"),

        // Derived (no list of its own): only the groups' gemeenten are checked; its counts are checked in PipDoorlooptijdStatisticsTests.
        ("pipDoorlooptijdenStatistieken", "GEMEENTE_CODE", null, ""),
    ];

    public static IReadOnlyList<MatrixProbe> All { get; } =
    [
        new("gemeenten (configuration)", "Query.gemeenten", [], _ => new("{ gemeenten { code naam regio } }")) { MayNameB = true },

        new("inburgeraars: list and totalCount", "Query.inburgeraars", [M],
            _ => new($$"""{ inburgeraars(first: 50) { totalCount nodes { {{Person}} } } }"""),
            TotalCount("inburgeraars", "Inburgeraar")),
        new("inburgeraars: where gemeenteCode = B", "Query.inburgeraars", [M],
            _ => new($$"""{ inburgeraars(first: 200, where: {{WhereB}}) { totalCount nodes { {{Row}} } } }"""),
            NoneFound("inburgeraars")),
        new("inburgeraars: where a relation is in B", "Query.inburgeraars", [M],
            _ => new($$"""{ inburgeraars(first: 200, where: {{WhereKoppelingInB}}) { totalCount nodes { {{Row}} } } }""")),
        new("inburgeraar: B's id", "Query.inburgeraar", [M],
            w => new($$"""query($id: ID!) { inburgeraar(id: $id) { {{Person}} } }""", new { id = w.BInburgeraar }),
            IsNull("inburgeraar")),

        new("koppelingen: list, totalCount, back to the person", "Query.koppelingen", [M],
            _ => new($$"""{ koppelingen(first: 50, metIngetrokken: true) { totalCount nodes { {{Row}} inburgeraar { {{Person}} } } } }"""),
            TotalCount("koppelingen", "Koppeling")),
        new("koppelingen: where gemeenteCode = B", "Query.koppelingen", [M],
            _ => new($$"""{ koppelingen(first: 200, metIngetrokken: true, where: {{WhereB}}) { totalCount nodes { {{Row}} inburgeraar { {{Row}} } } } }"""),
            NoneFound("koppelingen")),
        new("koppelingen: where id = B's koppeling", "Query.koppelingen", [M],
            w => new($$"""query($id: ID!) { koppelingen(metIngetrokken: true, where: {id: {eq: $id} }) { totalCount nodes { {{Row}} } } }""", new { id = w.BKoppeling }),
            NoneFound("koppelingen")),

        new("koppelingen: lineage (bron: raw record, file, run)", "Query.koppelingen", [M],
            _ => new($$"""{ koppelingen(first: 50, metIngetrokken: true) { nodes { {{Row}} bron { bronId locatie ruwRecord bestand { name } run { id error } } } } }""")),

        new("taakstellingen: list and totalCount", "Query.taakstellingen", [M, An],
            _ => new($$"""{ taakstellingen(first: 200) { totalCount nodes { {{Row}} gemeente { code naam } } } }"""),
            TotalCount("taakstellingen", "Taakstelling:current")),
        new("taakstellingen: lineage (bron: raw record, file, run)", "Query.taakstellingen", [M, An],
            _ => new($$"""{ taakstellingen(first: 200) { nodes { {{Row}} bron { bronId locatie ruwRecord bestand { name } run { id error } } } } }""")),
        new("taakstellingen: where gemeenteCode = B", "Query.taakstellingen", [M, An],
            _ => new($$"""{ taakstellingen(where: {{WhereB}}) { totalCount nodes { {{Row}} } } }"""),
            NoneFound("taakstellingen")),

        new("leerrouteDeelnames: list, totalCount, back to the person", "Query.leerrouteDeelnames", [M],
            _ => new($$"""{ leerrouteDeelnames(first: 200, metIngetrokken: true) { totalCount nodes { {{Row}} voortgangsmetingen(metIngetrokken: true) { {{Row}} } inburgeraar { {{Row}} } } } }"""),
            TotalCount("leerrouteDeelnames", "LeerrouteDeelname")),
        new("leerrouteDeelnames: where gemeenteCode = B", "Query.leerrouteDeelnames", [M],
            _ => new($$"""{ leerrouteDeelnames(metIngetrokken: true, where: {{WhereB}}) { totalCount nodes { {{Row}} } } }"""),
            NoneFound("leerrouteDeelnames")),

        new("voortgangsmetingen: list, totalCount, back to the person", "Query.voortgangsmetingen", [M],
            _ => new($$"""{ voortgangsmetingen(first: 200, metIngetrokken: true) { totalCount nodes { {{Row}} leerrouteDeelname { {{Row}} inburgeraar { {{Row}} } } } } }"""),
            TotalCount("voortgangsmetingen", "Voortgangsmeting")),
        new("voortgangsmetingen: where gemeenteCode = B", "Query.voortgangsmetingen", [M],
            _ => new($$"""{ voortgangsmetingen(metIngetrokken: true, where: {{WhereB}}) { totalCount nodes { {{Row}} } } }"""),
            NoneFound("voortgangsmetingen")),

        new("meldingen: list, totalCount, back to the person", "Query.meldingen", [M],
            _ => new($$"""{ meldingen(first: 200) { totalCount nodes { {{Row}} naarGemeenteCode vervangenDoor { {{Row}} } inburgeraar { {{Row}} } } } }"""),
            TotalCount("meldingen", "DuoMelding:current")),
        new("meldingen: where gemeenteCode = B", "Query.meldingen", [M],
            _ => new($$"""{ meldingen(where: {{WhereB}}) { totalCount nodes { {{Row}} } } }"""),
            NoneFound("meldingen")),

        new("plichten: list, totalCount, back to the person", "Query.plichten", [M],
            _ => new($$"""{ plichten(first: 200, metIngetrokken: true) { totalCount nodes { {{Row}} inburgeraar { {{Row}} } } } }"""),
            TotalCount("plichten", "Inburgeringsplicht")),
        new("plichten: where gemeenteCode = B", "Query.plichten", [M],
            _ => new($$"""{ plichten(metIngetrokken: true, where: {{WhereB}}) { totalCount nodes { {{Row}} } } }"""),
            NoneFound("plichten")),

        .. Statistieken.SelectMany(s => new MatrixProbe[]
        {
            new($"{s.Field}: grouped on gemeente", $"Query.{s.Field}", [An, M],
                _ => new($$"""{ {{s.Field}}(groupBy: [{{s.Dimensies}}], first: 1000{{s.Extra}}) { sleutel { gemeenteCode } aantal } }"""),
                Groups(s.Field, s.List)),
            new($"{s.Field}: where gemeenteCode = B", $"Query.{s.Field}", [An, M],
                _ => new($$"""{ {{s.Field}}(where: {{WhereB}}{{s.Extra}}) { sleutel { gemeenteCode } aantal } }"""),
                NoGroups(s.Field)),
        }),

        new("voortgangsrapportage: default gemeenten", "Query.voortgangsrapportage", [An, M],
            _ => new(Report_($"van: \"{Van}\", tot: \"{Tot}\"")), Report),
        new("voortgangsrapportage: gemeenten [B]", "Query.voortgangsrapportage", [An, M],
            _ => new(Report_($"van: \"{Van}\", tot: \"{Tot}\", gemeenten: [\"{B}\"]"))) { RefusedForEveryone = true },
        new("voortgangsrapportage: gemeenten [A, B]", "Query.voortgangsrapportage", [An, M],
            _ => new(Report_($"van: \"{Van}\", tot: \"{Tot}\", gemeenten: [\"{MatrixCallers.A}\", \"{B}\"]"))) { RefusedForEveryone = true },

        new("connectors", "Query.connectors", [Be],
            _ => new("{ connectors { name enabled settings { key value } lastRun { id read error } } }")),
        new("syncRuns", "Query.syncRuns", [Be],
            _ => new("{ syncRuns(first: 200) { totalCount nodes { id connector status read inserted quarantined error } } }")),
        new("syncRun by id", "Query.syncRun", [Be],
            _ => new("{ syncRun(id: 1) { id connector status error } }")),
        new("quarantine: open, all of it", "Query.quarantine", [Be],
            _ => new($$"""{ quarantine(first: 200) { totalCount nodes { {{Row}} sourceId location message content bestand { name } } } }""")),
        new("quarantine: where gemeenteCode = B", "Query.quarantine", [Be],
            _ => new($$"""{ quarantine(first: 200, where: {{WhereB}}) { totalCount nodes { {{Row}} content } } }"""),
            NoneFound("quarantine")),
        new("auditLog", "Query.auditLog", [Au],
            _ => new("{ auditLog(first: 200) { totalCount nodes { id subject roles operationName gemeentenTouched rowsReturned outcome } } }")) { MayNameB = true },

        new("startSync", "Mutation.startSync", [Be],
            _ => new("""mutation { startSync(connector: "no-such-connector") { id status } }""")) { ReachedCodes = ["UNKNOWN_CONNECTOR"] },
        new("releaseHeldSnapshot", "Mutation.releaseHeldSnapshot", [Be],
            _ => new("mutation { releaseHeldSnapshot(sourceFileId: 999999) }")) { ReachedCodes = ["NOT_HELD"] },
        new("replayQuarantine: B's records", "Mutation.replayQuarantine", [Be],
            w => new("mutation($ids: [ID!]!) { replayQuarantine(ids: $ids) { id succeeded message } }", new { ids = w.BQuarantine }),
            AllFailed("replayQuarantine")),
        new("discardQuarantine: B's records", "Mutation.discardQuarantine", [Be],
            w => new("mutation($ids: [ID!]!) { discardQuarantine(ids: $ids) { id succeeded message } }", new { ids = w.BQuarantine }),
            AllFailed("discardQuarantine")),

        new("CSV export: default gemeenten", Export, [An, M], _ => MatrixRequest.Get($"{ExportPath}?van={Van}&tot={Tot}")),
        new("CSV export: gemeente=B", Export, [An, M], _ => MatrixRequest.Get($"{ExportPath}?van={Van}&tot={Tot}&gemeente={B}")) { RefusedForEveryone = true },
        new("CSV export: gemeente=A&gemeente=B", Export, [An, M], _ => MatrixRequest.Get($"{ExportPath}?van={Van}&tot={Tot}&gemeente={MatrixCallers.A}&gemeente={B}")) { RefusedForEveryone = true },
        new("CSV export: gemeenten=B (not a parameter of the export)", Export, [An, M], _ => MatrixRequest.Get($"{ExportPath}?van={Van}&tot={Tot}&gemeenten={B}")),
    ];

    private const string ExportPath = Inburgering.Hub.Server.Reports.VoortgangsrapportageExport.Path;

    private const string Export = "GET " + ExportPath;

    private static string Report_(string arguments) => $$"""
        { voortgangsrapportage({{arguments}}) {
            gemeenten { gemeente { code naam } statushouders { aantalGehuisvest aantalInburgeringsplichtig pipVastgesteld beeindigd } gezinsmigranten { aantalInburgeringsplichtig pipVastgesteld beeindigd } pvtAfgerond werk { soort aantal } }
            regio { gemeente { code naam } statushouders { aantalGehuisvest aantalInburgeringsplichtig pipVastgesteld beeindigd } gezinsmigranten { aantalInburgeringsplichtig pipVastgesteld beeindigd } pvtAfgerond werk { soort aantal } }
        } }
        """;

    public static MatrixProbe Named(string name) => All.Single(p => p.Name == name);
}

using System.Net;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;
using Xunit.Abstractions;
using static Inburgering.Hub.Server.Tests.Reports.ReportFixture;

namespace Inburgering.Hub.Server.Tests.Reports;

/// <summary>
/// The voortgangsrapportage over 2023 for Hoorn and Enkhuizen, every cell against the definitions
/// of docs/voortgangsrapportage.md, in GraphQL and in the CSV export.
/// </summary>
[Collection(ReportCollection.Name)]
[Trait("Category", "Integration")]
public sealed class VoortgangsrapportageTests(ReportFixture hub, ITestOutputHelper output)
{
    private static readonly string[] Westfriesland = ["GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"];

    private static object Vars(params string[] gemeenten) => new { van = "2023-01-01", tot = "2023-12-31", gemeenten = gemeenten.Length == 0 ? null : gemeenten };

    /// <summary>
    /// Hoorn: housed P1 (on van), P5 (WI2013: COA counts all persons), P6 (child without DUO, on tot),
    /// P9; not P2 (before van) or P7 (withdrawn). P4's kennisgeving was replaced by a correction dated
    /// after tot, so it is no longer inburgeringsplichtig in 2023; P4 still counts as gezinsmigrant.
    /// </summary>
    private static Dictionary<string, string> Expected()
    {
        var hoorn = new ExpectedReport(Hoorn)
            .Statushouders(gehuisvest: 4, plichtig: 2, pip: 2, beeindigd: 1)
            .Gezinsmigranten(plichtig: 1, pip: 2, beeindigd: 0)
            .LeerroutesStatushouders(gestart: [1, 0, 1], afgerond: [1, 0, 0])
            .LeerroutesGezinsmigranten(vastgesteld: [1, 1, 0], afgerond: [0, 0, 0])
            .Map(afgerond: 1, vrijstellingen: 1)
            .Pvt(1)
            .Ontzorgen(trajecten: 2, verlengd: 1)
            .Werk(0, 2, 0, 0)
            .Kpi("financieelZelfredzaam", null, 1, 2, 50, 75)
            .Kpi("pipTijdig", null, 3, 4, 75, null)
            .Kpi("inAanrakingMetWerk", null, 2, 2, 100, 80)
            .Kpi("voldaanBinnenTermijn", "B1", 0, 0, null, 75)
            .Kpi("voldaanBinnenTermijn", "ONDERWIJS", 0, 0, null, 80)
            .Kpi("voldaanBinnenTermijn", "Z", 0, 0, null, 80)
            .Kpi("uitstroomNaarWerk", "B1", 1, 1, 100, 50)
            .Kpi("uitstroomNaarWerk", "ONDERWIJS", 0, 0, null, 50)
            .Kpi("uitstroomNaarWerk", "Z", 0, 0, null, 65);

        var enkhuizen = new ExpectedReport(Enkhuizen)
            .Statushouders(gehuisvest: 1, plichtig: 2, pip: 1, beeindigd: 2)
            .Gezinsmigranten(plichtig: 0, pip: 0, beeindigd: 1)
            .LeerroutesStatushouders(gestart: [0, 0, 0], afgerond: [0, 0, 0])
            .LeerroutesGezinsmigranten(vastgesteld: [0, 0, 0], afgerond: [0, 1, 0])
            .Map(0, 0)
            .Pvt(0)
            .Ontzorgen(0, 0)
            .Werk(0, 1, 0, 0)
            .Kpi("financieelZelfredzaam", null, 0, 0, null, 75)
            .Kpi("pipTijdig", null, 1, 1, 100, null)
            .Kpi("inAanrakingMetWerk", null, 1, 1, 100, 80)
            .Kpi("voldaanBinnenTermijn", "B1", 0, 1, 0, 75)
            .Kpi("voldaanBinnenTermijn", "ONDERWIJS", 1, 1, 100, 80)
            .Kpi("voldaanBinnenTermijn", "Z", 0, 0, null, 80)
            .Kpi("uitstroomNaarWerk", "B1", 0, 0, null, 50)
            .Kpi("uitstroomNaarWerk", "ONDERWIJS", 1, 1, 100, 50)
            .Kpi("uitstroomNaarWerk", "Z", 0, 0, null, 65);

        // The region counts P9 once (housed and working in both gemeenten): distinct, not a sum.
        var regio = new ExpectedReport("REGIO")
            .Statushouders(gehuisvest: 4, plichtig: 4, pip: 3, beeindigd: 3)
            .Gezinsmigranten(plichtig: 1, pip: 2, beeindigd: 1)
            .LeerroutesStatushouders(gestart: [1, 0, 1], afgerond: [1, 0, 0])
            .LeerroutesGezinsmigranten(vastgesteld: [1, 1, 0], afgerond: [0, 1, 0])
            .Map(1, 1)
            .Pvt(1)
            .Ontzorgen(2, 1)
            .Werk(0, 2, 0, 0)
            .Kpi("financieelZelfredzaam", null, 1, 2, 50, 75)
            .Kpi("pipTijdig", null, 4, 5, 80, null)
            .Kpi("inAanrakingMetWerk", null, 2, 2, 100, 80)
            .Kpi("voldaanBinnenTermijn", "B1", 0, 1, 0, 75)
            .Kpi("voldaanBinnenTermijn", "ONDERWIJS", 1, 1, 100, 80)
            .Kpi("voldaanBinnenTermijn", "Z", 0, 0, null, 80)
            .Kpi("uitstroomNaarWerk", "B1", 1, 1, 100, 50)
            .Kpi("uitstroomNaarWerk", "ONDERWIJS", 1, 1, 100, 50)
            .Kpi("uitstroomNaarWerk", "Z", 0, 0, null, 65);

        return hoorn.Cells.Concat(enkhuizen.Cells).Concat(regio.Cells).ToDictionary(StringComparer.Ordinal);
    }

    [Fact]
    public async Task Every_cell_matches_the_definitions_for_two_gemeenten_and_the_region()
    {
        using var client = hub.ClientFor(Hoorn, Enkhuizen);
        var body = await client.QueryAsync(ReportCells.Query, Vars(Hoorn, Enkhuizen));
        Assert.True(body["errors"] is null, body["errors"]?.ToJsonString());
        var report = body["data"]!["voortgangsrapportage"]!;
        AssertCells(Expected(), ReportCells.FromGraphQL(report));

        Assert.Equal("2023-01-01", report["van"].Str());
        Assert.Equal([Hoorn, Enkhuizen], report["gemeenten"].Items().Select(g => g["gemeente"]!["code"].Str()));
        Assert.Equal("Hoorn", report["gemeenten"].Items()[0]["gemeente"]!["naam"].Str());
        Assert.Null(report["regio"]!["gemeente"]);
        Assert.Empty(body["extensions"]!["verstoord"]!.AsArray());
    }

    /// <summary>
    /// P9's kennisgeving (statushouder) and first housing and werkstage are in Enkhuizen, its second housing and
    /// werkstage in Hoorn. A caller of Hoorn alone sees only the Hoorn rows, so P9 is no WI2021 statushouder
    /// to it: its Hoorn housing still counts (gehuisvest needs no doelbinding), its Hoorn werkstage and the
    /// inAanrakingMetWerk KPI do not. Nothing of the Enkhuizen rows may show in that caller's counts.
    /// </summary>
    [Fact]
    public async Task A_caller_of_Hoorn_alone_counts_a_person_who_came_from_Enkhuizen_by_the_Hoorn_rows_only()
    {
        using var both = hub.ClientFor(Hoorn, Enkhuizen);
        using var hoorn = hub.ClientFor(Hoorn);
        var seenByBoth = ReportCells.FromGraphQL((await both.DataAsync(ReportCells.Query, Vars(Hoorn)))["voortgangsrapportage"]!);
        var seenByHoorn = ReportCells.FromGraphQL((await hoorn.DataAsync(ReportCells.Query, Vars(Hoorn)))["voortgangsrapportage"]!);

        var differences = seenByBoth.Keys.Union(seenByHoorn.Keys)
            .Where(k => seenByBoth.GetValueOrDefault(k) != seenByHoorn.GetValueOrDefault(k))
            .Order(StringComparer.Ordinal)
            .Select(k => $"{k}: {seenByBoth.GetValueOrDefault(k)} -> {seenByHoorn.GetValueOrDefault(k)}");
        Assert.Equal(
            [
                "GM0405|kpis|inAanrakingMetWerk|||noemer: 2 -> 1",
                "GM0405|kpis|inAanrakingMetWerk|||teller: 2 -> 1",
                "GM0405|werk|aantal||WERKSTAGE|waarde: 2 -> 1",
                "REGIO|kpis|inAanrakingMetWerk|||noemer: 2 -> 1",
                "REGIO|kpis|inAanrakingMetWerk|||teller: 2 -> 1",
                "REGIO|werk|aantal||WERKSTAGE|waarde: 2 -> 1",
            ],
            differences);
    }

    /// <summary>
    /// A regio analist of Hoorn counts Enkhuizen only through regio: its Hoorn column is exact (not
    /// perturbed), so it must be what a caller of Hoorn alone sees — P9 counted by the Hoorn rows only —
    /// and not the full view, in which P9's Enkhuizen kennisgeving (statushouder) would show through the
    /// exact Hoorn werkstage and inAanrakingMetWerk cells. Found by an attacker: the aggregate store's scope
    /// covers the whole region, and the report took that as the caller's view of its own column.
    /// </summary>
    [Fact]
    public async Task A_regio_analist_counts_its_own_gemeente_by_its_own_rows_only()
    {
        using var hoorn = hub.ClientFor(Hoorn);
        using var regio = hub.ClientForRegio("analist", ["Westfriesland"], Hoorn);
        var seenByHoorn = ReportCells.FromGraphQL((await hoorn.DataAsync(ReportCells.Query, Vars(Hoorn)))["voortgangsrapportage"]!);

        var body = await regio.QueryAsync(ReportCells.Query, Vars(Hoorn, Enkhuizen));
        Assert.Null(body["errors"]);
        var seenByRegio = ReportCells.FromGraphQL(body["data"]!["voortgangsrapportage"]!);

        var hoornCells = seenByHoorn.Keys.Where(k => k.StartsWith(Hoorn + "|", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(hoornCells);
        Assert.All(hoornCells, k => Assert.Equal(seenByHoorn[k], seenByRegio.GetValueOrDefault(k)));
        Assert.Equal("1", seenByRegio["GM0405|werk|aantal||WERKSTAGE|waarde"]);
        Assert.Equal("1", seenByRegio["GM0405|kpis|inAanrakingMetWerk|||teller"]);
        Assert.Equal(["voortgangsrapportage.gemeenten[GM0388]", "voortgangsrapportage.regio"], body["extensions"]!["verstoord"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    /// <summary>
    /// The same rule for the PIP-doorlooptijd statistics: P12's Hoorn PIP (2021) has its kennisgeving in
    /// Enkhuizen. A caller of Hoorn alone sees no doorlooptijd for it; a regio analist of Hoorn, whose Hoorn
    /// groups are exact, must not either (its Enkhuizen groups are perturbed and their days withheld).
    /// </summary>
    [Fact]
    public async Task A_regio_analist_gets_no_doorlooptijd_from_another_gemeentes_kennisgeving()
    {
        const string Query = """
            { pipDoorlooptijdenStatistieken(groupBy: [GEMEENTE_CODE], datum: { veld: PIP_DAGTEKENING, per: JAAR }, first: 1000) {
                sleutel { gemeenteCode periode } aantal } }
            """;
        using var both = hub.ClientFor(Hoorn, Enkhuizen);
        using var hoorn = hub.ClientFor(Hoorn);
        using var regio = hub.ClientForRegio("analist", ["Westfriesland"], Hoorn);

        static int? Hoorns(JsonNode data) => data["pipDoorlooptijdenStatistieken"]!.AsArray()
            .Where(g => g!["sleutel"]!["gemeenteCode"]!.GetValue<string>() == Hoorn && g["sleutel"]!["periode"]!.GetValue<string>().StartsWith("2021", StringComparison.Ordinal)).Select(g => (int?)g!["aantal"]!.GetValue<int>()).SingleOrDefault();

        Assert.Equal(1, Hoorns(await both.DataAsync(Query))); // the full view: P12's PIP with the Enkhuizen kennisgeving
        Assert.Null(Hoorns(await hoorn.DataAsync(Query)));
        Assert.Null(Hoorns(await regio.DataAsync(Query)));
    }

    /// <summary>
    /// From January to April 2023 P9 has milestones in Enkhuizen only (kennisgeving, first housing, werkstage);
    /// its Hoorn rows are dated May and June. To a caller of Hoorn alone P9 then has no milestone in the
    /// report either (each milestone of the caller's view is one of the full view's, same record, date and
    /// gemeente), so the report derives nothing in that caller's view — two statements fewer than over 2023 —
    /// and its Hoorn cells equal those of a caller who sees both gemeenten.
    /// </summary>
    [Fact]
    public async Task A_person_across_gemeenten_without_a_milestone_in_the_period_is_not_derived_in_the_callers_view()
    {
        using var both = hub.ClientFor(Hoorn, Enkhuizen);
        using var hoorn = hub.ClientFor(Hoorn);
        var voorjaar = new { van = "2023-01-01", tot = "2023-04-30", gemeenten = new[] { Hoorn } };
        await hoorn.DataAsync(ReportCells.Query, voorjaar); // warm-up: query compilation
        await hoorn.DataAsync(ReportCells.Query, Vars(Hoorn));

        hub.Statements.Reset();
        var seenByHoorn = ReportCells.FromGraphQL((await hoorn.DataAsync(ReportCells.Query, voorjaar))["voortgangsrapportage"]!);
        var zonderAfleiding = hub.Statements.Count;
        hub.Statements.Reset();
        await hoorn.DataAsync(ReportCells.Query, Vars(Hoorn));
        var metAfleiding = hub.Statements.Count;
        var seenByBoth = ReportCells.FromGraphQL((await both.DataAsync(ReportCells.Query, voorjaar))["voortgangsrapportage"]!);

        Assert.Equal(metAfleiding - 2, zonderAfleiding);
        Assert.Equal(seenByBoth, seenByHoorn);
        Assert.Equal("2", seenByHoorn["GM0405|statushouders|aantalGehuisvest|||waarde"]);
    }

    [Fact]
    public async Task Contract_nulls_and_code_list_values()
    {
        using var client = hub.ClientFor(Hoorn);
        var g = (await client.DataAsync(ReportCells.Query, Vars(Hoorn)))["voortgangsrapportage"]!["gemeenten"].Items().Single();
        Assert.Null(g["gezinsmigranten"]!["aantalGehuisvest"]);
        Assert.All(g["leerroutesGezinsmigranten"].Items(), l => Assert.Null(l["gestart"]));
        Assert.All(g["leerroutesStatushouders"].Items(), l => Assert.Null(l["vastgesteld"]));
        Assert.Equal(["B1", "ONDERWIJS", "Z"], g["leerroutesStatushouders"].Items().Select(l => l["leerroute"].Str()));
        Assert.Equal(["ORIENTATIE_WERKSTAGE", "WERKSTAGE", "VRIJWILLIGERSWERK", "BETAALDE_BAAN"], g["werk"].Items().Select(w => w["soort"].Str()));
    }

    [Fact]
    public async Task Order_is_as_asked_and_default_is_every_gemeente_of_the_caller()
    {
        using var client = hub.ClientFor(Hoorn, Enkhuizen);
        var asked = (await client.DataAsync(ReportCells.Query, Vars(Enkhuizen, Hoorn)))["voortgangsrapportage"]!;
        Assert.Equal([Enkhuizen, Hoorn], asked["gemeenten"].Items().Select(g => g["gemeente"]!["code"].Str()));

        var all = (await client.DataAsync(ReportCells.Query, Vars()))["voortgangsrapportage"]!;
        Assert.Equal([Enkhuizen, Hoorn], all["gemeenten"].Items().Select(g => g["gemeente"]!["code"].Str()));
    }

    [Fact]
    public async Task Asking_for_a_gemeente_outside_the_claims_is_forbidden()
    {
        using var client = hub.ClientFor(Hoorn);
        var body = await client.QueryAsync(ReportCells.Query, Vars(Enkhuizen));
        Assert.Equal(["FORBIDDEN_GEMEENTE"], body.ErrorCodes());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task Van_after_tot_is_an_invalid_period()
    {
        using var client = hub.ClientFor(Hoorn);
        var body = await client.QueryAsync(ReportCells.Query, new { van = "2024-01-01", tot = "2023-12-31" });
        Assert.Equal(["INVALID_PERIOD"], body.ErrorCodes());
    }

    [Fact]
    public async Task Csv_export_has_the_same_numbers()
    {
        using var client = hub.ClientFor(Hoorn, Enkhuizen);
        using var response = await client.GetAsync($"/export/voortgangsrapportage.csv?van=2023-01-01&tot=2023-12-31&gemeente={Hoorn}&gemeente={Enkhuizen}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.StartsWith("gemeente;naam;sectie;rij;leerroute;soort;waarde;teller;noemer;percentage;doel;verstoord\n", text, StringComparison.Ordinal);
        AssertCells(Expected(), ReportCells.FromCsv(text));
    }

    [Fact]
    public async Task Csv_export_is_forbidden_for_another_gemeente_and_needs_a_token()
    {
        using var hoorn = hub.ClientFor(Hoorn);
        using var forbidden = await hoorn.GetAsync($"/export/voortgangsrapportage.csv?van=2023-01-01&tot=2023-12-31&gemeente={Enkhuizen}");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var anonymous = hub.CreateClient();
        using var unauthorized = await anonymous.GetAsync("/export/voortgangsrapportage.csv?van=2023-01-01&tot=2023-12-31");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);

        using var badPeriod = await hoorn.GetAsync("/export/voortgangsrapportage.csv?van=2024-01-01&tot=2023-12-31");
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);

        // An empty gemeente parameter names no gemeente: the caller's own, as without it.
        using var blank = await hoorn.GetAsync("/export/voortgangsrapportage.csv?van=2023-01-01&tot=2023-12-31&gemeente=");
        using var plain = await hoorn.GetAsync("/export/voortgangsrapportage.csv?van=2023-01-01&tot=2023-12-31");
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await blank.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Statement_count_is_constant_in_the_number_of_gemeenten()
    {
        using var client = hub.ClientFor(Westfriesland);
        await client.DataAsync(ReportCells.Query, Vars(Hoorn)); // warm-up: query compilation

        var counts = new Dictionary<int, int>();
        foreach (var gemeenten in new[] { new[] { Hoorn }, new[] { Hoorn, Enkhuizen }, Westfriesland })
        {
            hub.Statements.Reset();
            var data = await client.DataAsync(ReportCells.Query, Vars(gemeenten));
            counts[gemeenten.Length] = hub.Statements.Count;
            Assert.Equal(gemeenten.Length, data["voortgangsrapportage"]!["gemeenten"].Items().Count);
        }

        var summary = string.Join(", ", counts.Select(c => $"{c.Key} gemeenten: {c.Value}"));
        output.WriteLine("SQL statements per report: " + summary);
        Assert.True(counts.Values.Distinct().Count() == 1, "Statement count depends on the number of gemeenten: " + summary);
        Assert.True(counts[1] <= 12, "Too many statements for one report: " + summary);
    }

    private static void AssertCells(Dictionary<string, string> expected, Dictionary<string, string> actual)
    {
        var wrong = expected
            .Where(e => !actual.TryGetValue(e.Key, out var a) || a != e.Value)
            .Select(e => $"{e.Key}: expected '{e.Value}', got '{actual.GetValueOrDefault(e.Key, "<missing>")}'")
            .ToList();
        var extra = actual.Keys.Except(expected.Keys).ToList();
        Assert.True(wrong.Count == 0 && extra.Count == 0, string.Join("\n", wrong.Concat(extra.Select(k => "unexpected " + k))));
    }
}

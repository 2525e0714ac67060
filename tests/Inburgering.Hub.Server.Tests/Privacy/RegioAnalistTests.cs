using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Reporting.Privacy;
using Inburgering.Hub.Server.Tests.Demo;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Privacy;

/// <summary>
/// An analist of Hoorn with the <c>regio</c> claim Westfriesland on the demo region: region figures for
/// all seven gemeenten, every figure that includes persons of the six others perturbed by the cell-key
/// method (never 1 or 2, at most 2 from the truth, the same persons always the same figure, listed in
/// <c>extensions.verstoord</c>), Hoorn's cells exact, and no row of the others reachable.
/// </summary>
[Collection(DemoCollection.Name)]
[Trait("Category", "Integration")]
public sealed class RegioAnalistTests(DemoHubFactory hub)
{
    private const string Hoorn = "GM0405";
    private const string Regio = "Westfriesland";
    private static readonly string[] Westfriesland = ["GM0388", "GM0405", "GM0420", "GM0432", "GM0498", "GM0532", "GM1598"];

    internal const string ReportQuery = """
        query($gemeenten: [String!]) {
          voortgangsrapportage(van: "2022-01-01", tot: "2023-07-01", gemeenten: $gemeenten) {
            gemeenten { ...cellen }
            regio { ...cellen }
          }
        }
        fragment cellen on GemeenteRapportage {
          gemeente { code }
          statushouders { aantalGehuisvest aantalInburgeringsplichtig pipVastgesteld beeindigd }
          gezinsmigranten { aantalInburgeringsplichtig pipVastgesteld beeindigd }
          leerroutesStatushouders { leerroute gestart afgerond }
          leerroutesGezinsmigranten { leerroute vastgesteld afgerond }
          map { afgerond vrijstellingen }
          pvtAfgerond
          financieelOntzorgen { aantalTrajecten verlengd }
          werk { soort aantal }
          kpis { naam leerroute teller noemer percentage }
        }
        """;

    private HttpClient RegioAnalist() => hub.ClientForRegio("analist", [Regio], Hoorn);

    private HttpClient Everything() => hub.ClientAs("analist", Westfriesland);

    [Fact]
    public async Task The_report_perturbs_every_figure_with_persons_of_other_gemeenten_and_keeps_hoorn_exact()
    {
        using var full = Everything();
        using var regio = RegioAnalist();
        var truth = Cells((await full.DataAsync(ReportQuery))["voortgangsrapportage"]!);
        var (data, verstoord) = await DataWithExtensionAsync(regio, ReportQuery, "verstoord");
        var seen = Cells(data["voortgangsrapportage"]!);

        Assert.Equal(truth.Keys.Order(StringComparer.Ordinal), seen.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            Westfriesland.Where(g => g != Hoorn).Select(g => $"voortgangsrapportage.gemeenten[{g}]").Append("voortgangsrapportage.regio").Order(StringComparer.Ordinal),
            verstoord.Order(StringComparer.Ordinal));
        var changed = 0;
        foreach (var (path, value) in seen.Where(c => IsCount(c.Key)))
        {
            var want = truth[path]!.Value;
            Assert.NotNull(value);
            if (Gemeente(path) == Hoorn)
            {
                Assert.Equal(want, value); // own rows: exact
                continue;
            }

            // financieelZelfredzaam's teller is trajecten − verlengd, two published figures.
            var deviation = path.Contains("financieelZelfredzaam].teller", StringComparison.Ordinal) ? 2 * PerturbationTable.MaxDeviation : PerturbationTable.MaxDeviation;
            Assert.True(Math.Abs(value!.Value - want) <= deviation, $"{path}: {value} for {want}");
            if (Gemeente(path) != "regio")
            {
                Assert.False(value is 1 or 2, $"{path} shows {value}");
            }

            changed += value != want ? 1 : 0;
        }

        Assert.True(changed > 0, "no figure of the other gemeenten was perturbed");
    }

    [Fact]
    public async Task The_same_persons_give_the_same_figures_whatever_the_request()
    {
        using var regio = RegioAnalist();
        const string Enkhuizen = "GM0388";
        var alone = Cells((await regio.DataAsync(ReportQuery, new { gemeenten = new[] { Enkhuizen } }))["voortgangsrapportage"]!);
        var withHoorn = Cells((await regio.DataAsync(ReportQuery, new { gemeenten = new[] { Hoorn, Enkhuizen } }))["voortgangsrapportage"]!);
        var again = Cells((await regio.DataAsync(ReportQuery, new { gemeenten = new[] { Enkhuizen } }))["voortgangsrapportage"]!);

        var enkhuizen = alone.Where(c => Gemeente(c.Key) == Enkhuizen).ToList();
        Assert.NotEmpty(enkhuizen);
        Assert.All(enkhuizen, c => Assert.Equal(c.Value, withHoorn[c.Key]));
        Assert.Equal(alone, again);

        // With one aggregate-only gemeente its region part is exactly its cells: the same units, the same figure.
        Assert.All(enkhuizen.Where(c => IsCount(c.Key)), c => Assert.Equal(c.Value, alone["regio" + c.Key[$"gemeenten[{Enkhuizen}]".Length..]]));
    }

    [Fact]
    public async Task The_csv_export_shows_the_same_perturbed_figures_and_marks_them()
    {
        using var regio = RegioAnalist();
        var report = (await regio.DataAsync(ReportQuery))["voortgangsrapportage"]!;
        using var response = await regio.GetAsync("/export/voortgangsrapportage.csv?van=2022-01-01&tot=2023-07-01");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = CsvRows.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(Westfriesland.Append("REGIO").Order(StringComparer.Ordinal), rows.Select(r => r["gemeente"]).Distinct().Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(r["gemeente"] == Hoorn ? "" : "ja", r["verstoord"]));
        foreach (var r in rows.Where(r => r["sectie"] == "pvtAfgerond"))
        {
            var section = r["gemeente"] == "REGIO" ? report["regio"]! : report["gemeenten"].Items().Single(g => g!["gemeente"]!["code"].Str() == r["gemeente"])!;
            Assert.Equal(section["pvtAfgerond"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), r["waarde"]);
        }

        foreach (var r in rows.Where(r => r["gemeente"] is not Hoorn and not "REGIO"))
        {
            foreach (var column in new[] { "waarde", "teller", "noemer" })
            {
                if (int.TryParse(r[column], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    Assert.False(n is 1 or 2, $"{r["gemeente"]} {r["sectie"]} {r["rij"]} {column} = {n}");
                }
            }
        }
    }

    [Fact]
    public async Task Statistics_per_gemeente_and_route_are_perturbed_for_other_gemeenten_only()
    {
        const string Query = """
            { leerrouteDeelnamesStatistieken(groupBy: [GEMEENTE_CODE, LEERROUTE], first: 1000) {
                sleutel { gemeenteCode leerroute } aantal aantalPersonen } }
            """;
        using var full = Everything();
        using var regio = RegioAnalist();
        var truth = (await full.DataAsync(Query))["leerrouteDeelnamesStatistieken"].Items()
            .ToDictionary(Key, g => (Aantal: g!["aantal"]!.GetValue<int>(), Personen: g["aantalPersonen"]!.GetValue<int>()), StringComparer.Ordinal);
        var (data, verstoord) = await DataWithExtensionAsync(regio, Query, "verstoord");
        var groups = data["leerrouteDeelnamesStatistieken"].Items();

        Assert.Subset(truth.Keys.ToHashSet(StringComparer.Ordinal), groups.Select(Key).ToHashSet(StringComparer.Ordinal));
        var changed = 0;
        for (var i = 0; i < groups.Count; i++)
        {
            var key = Key(groups[i]);
            var personen = groups[i]["aantalPersonen"]!.GetValue<int>();
            var aantal = groups[i]["aantal"]!.GetValue<int>();
            if (key.StartsWith(Hoorn, StringComparison.Ordinal))
            {
                Assert.Equal(truth[key], (aantal, personen));
                Assert.DoesNotContain($"leerrouteDeelnamesStatistieken[{i}]", verstoord);
                continue;
            }

            Assert.Contains($"leerrouteDeelnamesStatistieken[{i}]", verstoord);
            Assert.False(personen is 1 or 2, $"{key} shows {personen} persons");
            Assert.True(Math.Abs(personen - truth[key].Personen) <= PerturbationTable.MaxDeviation, $"{key}: {personen} for {truth[key].Personen}");
            changed += personen != truth[key].Personen ? 1 : 0;
        }

        Assert.True(changed > 0, "no group of the other gemeenten was perturbed");
    }

    [Fact]
    public async Task Having_works_on_published_counts_and_sums_averages_and_extremes_are_not_offered_over_other_gemeenten()
    {
        using var regio = RegioAnalist();
        var small = await regio.DataAsync("""
            { leerrouteDeelnamesStatistieken(groupBy: [GEMEENTE_CODE, LEERROUTE], having: { aantalPersonen: { lte: 2 } }) {
                sleutel { gemeenteCode } aantalPersonen } }
            """);
        Assert.All(small["leerrouteDeelnamesStatistieken"].Items(), g => Assert.Equal(Hoorn, g!["sleutel"]!["gemeenteCode"].Str()));

        var (uren, onderdrukt) = await DataWithExtensionAsync(regio, """
            { voortgangsmetingenStatistieken(groupBy: [GEMEENTE_CODE]) {
                sleutel { gemeenteCode } aantal urenGevolgd { som gemiddelde minimum maximum } } }
            """, "onderdrukt");
        var groups = uren["voortgangsmetingenStatistieken"].Items();
        Assert.Equal(Westfriesland.Length, groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var own = groups[i]!["sleutel"]!["gemeenteCode"].Str() == Hoorn;
            var stats = groups[i]!["urenGevolgd"]!.AsObject();
            Assert.All(stats, s => Assert.Equal(own, s.Value is not null));
            Assert.Equal(!own, onderdrukt.Contains($"voortgangsmetingenStatistieken[{i}].urenGevolgd"));
        }
    }

    [Fact]
    public async Task A_gemeente_claim_outside_the_configured_gemeenten_reads_none_of_its_rows()
    {
        // Demo persons who moved to GM0439 (Purmerend, not in Hub:Gemeenten) are registered there.
        await using (var db = hub.Services.GetRequiredService<HubDbContextFactory>().CreateSystem())
        {
            Assert.True(await db.Inburgeraars.CountAsync(i => i.GemeenteCode == "GM0439") > 0, "the demo has persons registered with GM0439");
        }

        using var client = hub.ClientFor("GM0439");
        var data = await client.DataAsync("{ inburgeraars(first: 1) { totalCount nodes { id } } }");
        Assert.Equal(0, data["inburgeraars"]!["totalCount"]!.GetValue<int>());
        Assert.Empty(data["inburgeraars"]!["nodes"].Items());
    }

    [Theory]
    [InlineData("""{ inburgeraarsStatistieken(where: { herkomstland: { neq: "ERI" } }, groupBy: [GEMEENTE_CODE]) { aantal } }""")]
    [InlineData("""{ koppelingenStatistieken(metIngetrokken: true, groupBy: [GEMEENTE_CODE]) { aantal } }""")]
    public async Task Filters_that_could_difference_out_a_hidden_cell_are_refused(string query)
    {
        using var regio = RegioAnalist();
        var body = await regio.QueryAsync(query);
        Assert.Equal(["FILTER_NOT_ALLOWED"], body.ErrorCodes());
        Assert.Null(body["data"]?.AsObject().Select(p => p.Value).FirstOrDefault(v => v is not null));

        using var own = hub.ClientAs("analist", Hoorn); // without regio, filters work on the own gemeenten
        Assert.NotEmpty((await own.DataAsync(query)).AsObject());
    }

    [Fact]
    public async Task Rows_of_the_other_gemeenten_stay_invisible()
    {
        using var regio = RegioAnalist();
        var data = await regio.DataAsync("{ taakstellingen(first: 100) { totalCount nodes { gemeente { code } } } }");
        Assert.All(data["taakstellingen"]!["nodes"].Items(), n => Assert.Equal(Hoorn, n["gemeente"]!["code"].Str()));

        using var forbidden = await regio.PostQueryAsync("{ inburgeraars(first: 1) { nodes { id } } }");
        var text = await forbidden.Content.ReadAsStringAsync();
        Assert.Contains("FORBIDDEN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regio_claim_gives_a_medewerker_nothing_beyond_its_gemeenten()
    {
        using var medewerker = hub.ClientForRegio("medewerker", [Regio], Hoorn);
        var own = await medewerker.DataAsync("""{ voortgangsrapportage(van: "2022-01-01", tot: "2023-07-01") { gemeenten { gemeente { code } } } }""");
        Assert.Equal([Hoorn], own["voortgangsrapportage"]!["gemeenten"].Items().Select(g => g["gemeente"]!["code"].Str()));

        var other = await medewerker.QueryAsync("""{ voortgangsrapportage(van: "2022-01-01", tot: "2023-07-01", gemeenten: ["GM0432"]) { regio { pvtAfgerond } } }""");
        Assert.Contains("FORBIDDEN_GEMEENTE", other.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_aggregate_store_counts_the_region_but_refuses_to_read_a_row()
    {
        var caller = CallerScope.ForGemeenten([Hoorn], Westfriesland);
        await using var store = new AggregateStore(hub.Services.GetRequiredService<HubDbContextFactory>(), caller);
        await using var rows = hub.Services.GetRequiredService<HubDbContextFactory>().Create(caller);

        Assert.Equal(Westfriesland.Except([Hoorn]).Order(StringComparer.Ordinal), caller.AggregateGemeenten);
        var all = await store.Db.Inburgeraars.CountAsync();
        var own = await rows.Inburgeraars.CountAsync();
        Assert.True(all > own && own > 0, $"region {all}, own {own}");
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => store.Db.Inburgeraars.AsNoTracking().FirstAsync());
        Assert.Contains("aggregate-only", ex.Message, StringComparison.Ordinal);
        Assert.NotEmpty(await store.Db.Gemeenten.ToListAsync()); // the public catalogue is fine
    }

    internal static string Key(JsonNode? g) => $"{g!["sleutel"]!["gemeenteCode"].Str()}/{g["sleutel"]!["leerroute"].Str()}";

    internal static string Gemeente(string path) => path.StartsWith("regio", StringComparison.Ordinal) ? "regio" : path[10..16];

    internal static bool IsCount(string path) => !path.EndsWith(".percentage", StringComparison.Ordinal);

    private static async Task<(JsonNode Data, List<string> Paths)> DataWithExtensionAsync(HttpClient client, string query, string extension)
    {
        var body = await client.QueryAsync(query);
        Assert.Null(body["errors"]);
        var paths = body["extensions"]![extension]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        return (body["data"]!, paths);
    }

    /// <summary>Every cell of a report as path → value, with the paths the hub uses in <c>onderdrukt</c>.</summary>
    internal static Dictionary<string, int?> Cells(JsonNode report)
    {
        var cells = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var g in report["gemeenten"].Items())
        {
            Flatten(g!, $"gemeenten[{g!["gemeente"]!["code"].Str()}]", cells);
        }

        Flatten(report["regio"]!, "regio", cells);
        return cells;
    }

    private static void Flatten(JsonNode node, string path, Dictionary<string, int?> cells)
    {
        foreach (var (name, value) in node.AsObject())
        {
            switch (value)
            {
                case JsonArray list:
                    foreach (var item in list)
                    {
                        var key = item!["naam"] is { } naam
                            ? naam.Str() + (item["leerroute"] is { } route ? "/" + route.Str() : "")
                            : (item["leerroute"] ?? item["soort"]).Str();
                        Flatten(item, $"{path}.{name}[{key}]", cells);
                    }

                    break;
                case JsonObject obj when name != "gemeente":
                    Flatten(obj, $"{path}.{name}", cells);
                    break;
                case JsonValue v when name is not ("naam" or "leerroute" or "soort"):
                    cells[$"{path}.{name}"] = name == "percentage" ? (int?)Math.Round(v.GetValue<double>() * 10) : v.GetValue<int>();
                    break;
                case null when name is not ("gemeente" or "leerroute"):
                    cells[$"{path}.{name}"] = null;
                    break;
            }
        }
    }
}

using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Server.Tests.Demo;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Privacy;

/// <summary>
/// An analist of Hoorn with the <c>regio</c> claim Westfriesland on the demo region: region figures
/// for all seven gemeenten, small cells of the six others suppressed (k = 5) and secondarily protected,
/// Hoorn's cells exact, and no row of the others reachable.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class RegioAnalistTests(DemoHubFactory hub)
{
    private const string Hoorn = "GM0405";
    private const string Regio = "Westfriesland";
    private const int K = 5;
    private static readonly string[] Westfriesland = ["GM0388", "GM0405", "GM0420", "GM0432", "GM0498", "GM0532", "GM1598"];

    private const string ReportQuery = """
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
    public async Task The_report_shows_the_region_with_small_cells_of_other_gemeenten_suppressed()
    {
        using var full = Everything();
        using var regio = RegioAnalist();
        var truth = Cells((await full.DataAsync(ReportQuery))["voortgangsrapportage"]!);
        var (data, onderdrukt) = await DataWithOnderdruktAsync(regio, ReportQuery);
        var seen = Cells(data["voortgangsrapportage"]!);

        Assert.Equal(truth.Keys.Order(StringComparer.Ordinal), seen.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Westfriesland.Length, truth.Keys.Select(Gemeente).Where(g => g != "regio").Distinct().Count());
        var hidden = 0;
        foreach (var (path, value) in seen)
        {
            var gemeente = Gemeente(path);
            var want = truth[path];
            if (gemeente == Hoorn)
            {
                Assert.Equal(want, value); // own rows: never suppressed
            }
            else if (value is null && want is not null)
            {
                hidden++;
                Assert.Contains("voortgangsrapportage." + path, onderdrukt);
            }
            else
            {
                Assert.Equal(want, value);
                if (gemeente != "regio" && IsCount(path))
                {
                    Assert.False(want is >= 1 and < K, $"{path} shows {want}, below k");
                }
            }
        }

        Assert.True(hidden > 0, "the demo region has small cells; none was suppressed");
        Assert.All(onderdrukt, p => Assert.Null(seen[p["voortgangsrapportage.".Length..]]));

        // Secondary: no row hides exactly one gemeente while the region total is shown.
        foreach (var row in seen.Keys.Where(p => Gemeente(p) == "regio").Select(p => p["regio".Length..]))
        {
            var hiddenGemeenten = Westfriesland.Count(g => seen.TryGetValue($"gemeenten[{g}]{row}", out var v) && v is null && truth[$"gemeenten[{g}]{row}"] is not null);
            if (seen["regio" + row] is not null && IsCount(row))
            {
                Assert.NotEqual(1, hiddenGemeenten);
            }
        }
    }

    [Fact]
    public async Task The_csv_export_suppresses_the_same_cells()
    {
        using var regio = RegioAnalist();
        var (_, onderdrukt) = await DataWithOnderdruktAsync(regio, ReportQuery);
        using var response = await regio.GetAsync("/export/voortgangsrapportage.csv?van=2022-01-01&tot=2023-07-01");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = CsvRows.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(Westfriesland.Append("REGIO").Order(StringComparer.Ordinal), rows.Select(r => r["gemeente"]).Distinct().Order(StringComparer.Ordinal));
        var suppressed = rows.Where(r => r["onderdrukt"] == "ja").ToList();
        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, r => Assert.NotEqual(Hoorn, r["gemeente"]));
        Assert.All(suppressed.Where(r => r["sectie"] != "kpis"), r => Assert.Equal("", r["waarde"]));
        foreach (var r in rows.Where(r => r["gemeente"] is not Hoorn and not "REGIO"))
        {
            foreach (var column in new[] { "waarde", "teller", "noemer" })
            {
                if (int.TryParse(r[column], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    Assert.False(n is >= 1 and < K, $"{r["gemeente"]} {r["sectie"]} {r["rij"]} {column} = {n}");
                }
            }
        }

        var countCells = onderdrukt.Count(p => !p.Contains(".kpis[", StringComparison.Ordinal));
        Assert.Equal(countCells, suppressed.Count(r => r["sectie"] != "kpis"));
    }

    [Fact]
    public async Task Statistics_per_gemeente_and_route_are_suppressed_and_protected_along_both_dimensions()
    {
        const string Query = """
            { leerrouteDeelnamesStatistieken(groupBy: [GEMEENTE_CODE, LEERROUTE], first: 1000) {
                sleutel { gemeenteCode leerroute } aantal aantalPersonen } }
            """;
        using var full = Everything();
        using var regio = RegioAnalist();
        var truth = (await full.DataAsync(Query))["leerrouteDeelnamesStatistieken"].Items()
            .ToDictionary(Key, g => g["aantalPersonen"]!.GetValue<int>(), StringComparer.Ordinal);
        var (data, onderdrukt) = await DataWithOnderdruktAsync(regio, Query);
        var groups = data["leerrouteDeelnamesStatistieken"].Items();

        Assert.Equal(truth.Keys.Order(StringComparer.Ordinal), groups.Select(Key).Order(StringComparer.Ordinal));
        var shown = new Dictionary<string, int?>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            var key = Key(groups[i]);
            var personen = groups[i]["aantalPersonen"]?.GetValue<int>();
            shown[key] = personen;
            if (personen is null)
            {
                Assert.Contains($"leerrouteDeelnamesStatistieken[{i}]", onderdrukt);
                Assert.Null(groups[i]["aantal"]);
                Assert.NotEqual(Hoorn, key.Split('/')[0]);
            }
            else
            {
                Assert.Equal(truth[key], personen);
                Assert.True(key.StartsWith(Hoorn, StringComparison.Ordinal) || personen >= K, $"{key} shows {personen} persons");
            }
        }

        Assert.Contains(shown.Values, v => v is null);
        foreach (var line in shown.GroupBy(s => s.Key.Split('/')[0]).Concat(shown.GroupBy(s => s.Key.Split('/')[1])))
        {
            var hidden = line.Count(s => s.Value is null);
            var others = line.Count(s => s.Value is not null && !s.Key.StartsWith(Hoorn, StringComparison.Ordinal));
            Assert.False(hidden == 1 && others > 0, $"line {line.Key} hides exactly one group");
        }
    }

    [Fact]
    public async Task Having_never_matches_a_suppressed_group_and_minimum_maximum_stay_hidden()
    {
        using var regio = RegioAnalist();
        var small = await regio.DataAsync("""
            { leerrouteDeelnamesStatistieken(groupBy: [GEMEENTE_CODE, LEERROUTE], having: { aantalPersonen: { lte: 4 } }) {
                sleutel { gemeenteCode } aantalPersonen } }
            """);
        Assert.All(small["leerrouteDeelnamesStatistieken"].Items(), g => Assert.Equal(Hoorn, g["sleutel"]!["gemeenteCode"].Str()));

        var uren = await regio.DataAsync("""
            { voortgangsmetingenStatistieken(groupBy: [GEMEENTE_CODE]) {
                sleutel { gemeenteCode } aantal urenGevolgd { som minimum maximum } } }
            """);
        var groups = uren["voortgangsmetingenStatistieken"].Items();
        Assert.Equal(Westfriesland.Length, groups.Count);
        foreach (var g in groups)
        {
            var own = g["sleutel"]!["gemeenteCode"].Str() == Hoorn;
            Assert.Equal(own, g["urenGevolgd"]!["maximum"] is not null);
            Assert.Equal(own, g["urenGevolgd"]!["minimum"] is not null);
        }
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

    private static string Key(JsonNode? g) => $"{g!["sleutel"]!["gemeenteCode"].Str()}/{g["sleutel"]!["leerroute"].Str()}";

    private static string Gemeente(string path) => path.StartsWith("regio", StringComparison.Ordinal) ? "regio" : path[10..16];

    private static bool IsCount(string path) => !path.EndsWith(".percentage", StringComparison.Ordinal);

    private static async Task<(JsonNode Data, List<string> Onderdrukt)> DataWithOnderdruktAsync(HttpClient client, string query)
    {
        var body = await client.QueryAsync(query);
        Assert.Null(body["errors"]);
        var onderdrukt = body["extensions"]!["onderdrukt"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        return (body["data"]!, onderdrukt);
    }

    /// <summary>Every cell of a report as path → value, with the paths the hub uses in <c>onderdrukt</c>.</summary>
    private static Dictionary<string, int?> Cells(JsonNode report)
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

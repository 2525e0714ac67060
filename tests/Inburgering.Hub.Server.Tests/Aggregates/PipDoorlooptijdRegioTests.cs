using System.Text.Json.Nodes;
using Inburgering.Hub.Reporting.Privacy;
using Inburgering.Hub.Server.Tests.Demo;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Aggregates;

/// <summary>
/// <c>pipDoorlooptijdenStatistieken</c> on the demo region: its counts agree with the voortgangsrapportage's
/// pipTijdig KPI (aantal = noemer, the groups within 10 weeks = teller, per gemeente), and a regio analist of
/// Hoorn gets the disclosure control every statistics field has: Hoorn's groups exact, the others' counts
/// perturbed (never 1 or 2, listed in verstoord) and their dagen withheld (listed in onderdrukt).
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class PipDoorlooptijdRegioTests(DemoHubFactory hub)
{
    private const string Hoorn = "GM0405";
    private static readonly string[] Westfriesland = ["GM0388", "GM0405", "GM0420", "GM0432", "GM0498", "GM0532", "GM1598"];

    [Fact]
    public async Task Counts_equal_the_pipTijdig_noemer_and_teller_of_the_report()
    {
        using var client = hub.ClientAs("analist", Westfriesland);
        var report = await client.DataAsync("""
            { voortgangsrapportage(van: "2022-01-01", tot: "2023-07-01") { gemeenten { gemeente { code } kpis { naam teller noemer } } } }
            """);
        var kpi = report["voortgangsrapportage"]!["gemeenten"].Items().ToDictionary(
            g => g["gemeente"]!["code"].Str(),
            g => g["kpis"].Items().Single(k => k["naam"].Str() == "pipTijdig"),
            StringComparer.Ordinal);
        var data = await client.DataAsync("""
            { pipDoorlooptijdenStatistieken(where: { pipDagtekening: { gte: "2022-01-01", lte: "2023-07-01" } }, groupBy: [GEMEENTE_CODE, BINNEN_TIEN_WEKEN]) {
                sleutel { gemeenteCode binnenTienWeken } aantal dagen { minimum maximum } } }
            """);
        var groups = data["pipDoorlooptijdenStatistieken"].Items();

        Assert.True(kpi.Values.Sum(k => k["noemer"]!.GetValue<int>()) > 20, "the demo region has PIPs in the period");
        foreach (var (code, k) in kpi)
        {
            int Aantal(bool binnen) => groups
                .Where(g => g["sleutel"]!["gemeenteCode"].Str() == code && g["sleutel"]!["binnenTienWeken"]!.GetValue<bool>() == binnen)
                .Sum(g => g["aantal"]!.GetValue<int>());
            Assert.Equal(k["noemer"]!.GetValue<int>(), Aantal(true) + Aantal(false));
            Assert.Equal(k["teller"]!.GetValue<int>(), Aantal(true));
        }

        Assert.All(groups.Where(g => g["sleutel"]!["binnenTienWeken"]!.GetValue<bool>()), g => Assert.True(g["dagen"]!["maximum"]!.GetValue<double>() <= 70));
        Assert.All(groups.Where(g => !g["sleutel"]!["binnenTienWeken"]!.GetValue<bool>()), g => Assert.True(g["dagen"]!["minimum"]!.GetValue<double>() > 70));
    }

    [Fact]
    public async Task A_regio_analist_gets_hoorn_exact_and_the_other_gemeenten_perturbed_and_withheld()
    {
        const string Query = """
            { pipDoorlooptijdenStatistieken(groupBy: [GEMEENTE_CODE], datum: { veld: PIP_DAGTEKENING, per: JAAR }, first: 1000) {
                sleutel { gemeenteCode periode } aantalPersonen dagen { gemiddelde } } }
            """;
        using var full = hub.ClientAs("analist", Westfriesland);
        using var regio = hub.ClientForRegio("analist", ["Westfriesland"], Hoorn);
        static string Key(JsonNode? g) => g!["sleutel"]!["gemeenteCode"].Str() + " " + g["sleutel"]!["periode"].Str();
        var truth = (await full.DataAsync(Query))["pipDoorlooptijdenStatistieken"].Items()
            .ToDictionary(Key, g => (Personen: g!["aantalPersonen"]!.GetValue<int>(), Gemiddelde: g["dagen"]!["gemiddelde"]!.GetValue<double>()), StringComparer.Ordinal);

        var body = await regio.QueryAsync(Query);
        Assert.Null(body["errors"]);
        var verstoord = body["extensions"]!["verstoord"]!.AsArray().Select(p => p!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var onderdrukt = body["extensions"]!["onderdrukt"]!.AsArray().Select(p => p!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var groups = body["data"]!["pipDoorlooptijdenStatistieken"].Items();

        Assert.Contains(groups, g => Key(g).StartsWith(Hoorn, StringComparison.Ordinal));
        Assert.Contains(groups, g => !Key(g).StartsWith(Hoorn, StringComparison.Ordinal));
        for (var i = 0; i < groups.Count; i++)
        {
            var key = Key(groups[i]);
            var personen = groups[i]["aantalPersonen"]!.GetValue<int>();
            var path = $"pipDoorlooptijdenStatistieken[{i}]";
            if (key.StartsWith(Hoorn, StringComparison.Ordinal))
            {
                Assert.Equal(truth[key], (personen, groups[i]["dagen"]!["gemiddelde"]!.GetValue<double>()));
                Assert.DoesNotContain(path, verstoord);
                continue;
            }

            Assert.Contains(path, verstoord);
            Assert.Contains(path + ".dagen", onderdrukt);
            Assert.Null(groups[i]["dagen"]!["gemiddelde"]);
            Assert.False(personen is 1 or 2, $"{key} shows {personen} persons");
            Assert.True(Math.Abs(personen - truth[key].Personen) <= PerturbationTable.MaxDeviation, $"{key}: {personen} for {truth[key].Personen}");
        }
    }
}

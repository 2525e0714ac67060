using Inburgering.Hub.Reporting.Privacy;
using Inburgering.Hub.Server.Tests.Demo;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Inburgering.Hub.Server.Tests.Privacy.Attacks;

/// <summary>
/// The attack suite of issue 12 on the demo region: an analist of Hoorn with the <c>regio</c> claim tries to
/// learn figures of the six other gemeenten by differencing gemeente subsets, date buckets, dimensions and
/// periods, and by repeating requests; everything is scored against an all-gemeente token. No figure with a
/// true value of 1 or 2 may be determined exactly, one person's hours never come out, and the perturbed figures
/// stay useful. With the protection off (the identity perturbation table) the same attacks must succeed.
/// </summary>
[Collection(DemoCollection.Name)]
[Trait("Category", "Integration")]
public sealed class AttackSuiteTests(DemoHubFactory hub, ITestOutputHelper output)
{
    /// <summary>The bound on the mean absolute deviation of published counts of 10 or more (the table's expected value is 0.8).</summary>
    private const double MaxMeanAbsoluteDeviation = 1.0;

    private const string Regio = "Westfriesland";

    private HttpClient Attacker() => hub.ClientForRegio("analist", [Regio], RegioAttacks.Hoorn);

    private HttpClient Truth() => hub.ClientAs("analist", [RegioAttacks.Hoorn, .. RegioAttacks.Others]);

    public static TheoryData<string> Families => ["gemeente subsets", "date buckets", "cross dimensions", "period windows", "repeated requests"];

    [Theory]
    [MemberData(nameof(Families))]
    public async Task No_cell_with_a_true_value_of_1_or_2_is_determined_exactly(string family)
    {
        using var attacker = Attacker();
        using var truth = Truth();
        var score = await RunAsync(family, attacker, truth);
        output.WriteLine(score.ToString());

        Assert.True(score.SmallTargets > 0, $"{family}: the demo region has no small cells to attack");
        Assert.True(score.SmallCellsDetermined.Count == 0, $"{score}{Environment.NewLine}{string.Join(Environment.NewLine, score.SmallCellsDetermined.Take(20))}");
        Assert.True(score.SmallPublished.Count == 0, $"{family}: published 1 or 2 for {string.Join(", ", score.SmallPublished.Take(20))}");
    }

    [Fact]
    public async Task Repeating_a_request_gives_exactly_the_same_figures()
    {
        using var attacker = Attacker();
        const string Query = "{ leerrouteDeelnamesStatistieken(groupBy: [GEMEENTE_CODE, LEERROUTE, STATUS], first: 1000) { sleutel { gemeenteCode leerroute status } aantal aantalPersonen } }";
        var first = (await attacker.QueryAsync(Query)).ToJsonString();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(first, (await attacker.QueryAsync(Query)).ToJsonString());
        }
    }

    [Fact]
    public async Task One_persons_hours_never_come_out_of_months_and_quarters()
    {
        using var attacker = Attacker();
        using var truth = Truth();
        foreach (var per in new[] { "MAAND", "KWARTAAL", "JAAR" })
        {
            var query = $"{{ voortgangsmetingenStatistieken(groupBy: [GEMEENTE_CODE], datum: {{ veld: PEILDATUM, per: {per} }}, first: 1000) {{ sleutel {{ gemeenteCode periode }} urenGevolgd {{ som gemiddelde minimum maximum }} }} }}";
            var real = (await truth.DataAsync(query))["voortgangsmetingenStatistieken"].Items();
            var seen = (await attacker.DataAsync(query))["voortgangsmetingenStatistieken"].Items();
            Assert.Contains(real, g => RegioAttacks.Others.Contains(g["sleutel"]!["gemeenteCode"].Str()) && g["urenGevolgd"]!["som"] is not null);
            foreach (var g in seen)
            {
                var own = g["sleutel"]!["gemeenteCode"].Str() == RegioAttacks.Hoorn;
                Assert.All(g["urenGevolgd"]!.AsObject(), s => Assert.Equal(own, s.Value is not null));
            }
        }
    }

    [Fact]
    public async Task Perturbed_figures_stay_useful()
    {
        using var attacker = Attacker();
        using var truth = Truth();
        var scores = new[]
        {
            await RegioAttacks.GemeenteSubsetsAsync(attacker, truth),
            await RegioAttacks.DateBucketsAsync(attacker, truth),
            await RegioAttacks.CrossDimensionsAsync(attacker, truth),
        };
        // Counts as published; financieelZelfredzaam's teller is computed from two of them (trajecten − verlengd).
        var large = scores.SelectMany(s => s.Published).Where(p => p.Truth >= 10 && !p.Cell.Contains("financieelZelfredzaam", StringComparison.Ordinal)).ToList();
        var mad = large.Average(p => Math.Abs(p.Published - p.Truth));
        var relative = large.Average(p => Math.Abs(p.Published - p.Truth) / (double)p.Truth);
        var exact = large.Count(p => p.Published == p.Truth) / (double)large.Count;
        output.WriteLine($"{large.Count} published counts of 10 or more: mean absolute deviation {mad:0.000}, mean relative deviation {relative:P2}, {exact:P1} exact, largest deviation {large.Max(p => Math.Abs(p.Published - p.Truth))}");

        Assert.True(large.Count >= 100, $"only {large.Count} counts of 10 or more");
        Assert.True(mad <= MaxMeanAbsoluteDeviation, $"mean absolute deviation {mad:0.000} > {MaxMeanAbsoluteDeviation}");
        Assert.All(large, p => Assert.InRange(p.Published - p.Truth, -PerturbationTable.MaxDeviation, PerturbationTable.MaxDeviation));
    }

    [Fact]
    public async Task With_the_protection_off_the_attacks_succeed()
    {
        // The same hub and database, with the identity perturbation table: what the suite must catch.
        await using var unprotected = hub.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton(new CellKeys(System.Text.Encoding.UTF8.GetBytes(HubFactory.CellKeySecret), PerturbationTable.None))));
        using var attacker = unprotected.CreateClient();
        attacker.DefaultRequestHeaders.Authorization = new("Bearer", hub.Tokens.Issue("attack-off", [RegioAttacks.Hoorn], ["analist"], [Regio], TimeSpan.FromMinutes(30)));
        using var truth = Truth();

        foreach (var family in new[] { "gemeente subsets", "date buckets", "cross dimensions" })
        {
            var score = await RunAsync(family, attacker, truth);
            output.WriteLine("protection off: " + score);
            Assert.NotEmpty(score.SmallCellsDetermined);
            Assert.NotEmpty(score.SmallPublished);
        }
    }

    private static Task<AttackScore> RunAsync(string family, HttpClient attacker, HttpClient truth) => family switch
    {
        "gemeente subsets" => RegioAttacks.GemeenteSubsetsAsync(attacker, truth),
        "date buckets" => RegioAttacks.DateBucketsAsync(attacker, truth),
        "cross dimensions" => RegioAttacks.CrossDimensionsAsync(attacker, truth),
        "period windows" => RegioAttacks.PeriodWindowsAsync(attacker, truth),
        "repeated requests" => RegioAttacks.RepeatedRequestsAsync(attacker, truth),
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
    };
}

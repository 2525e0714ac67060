using System.Text.RegularExpressions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Server.Tests.Demo;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Inburgering.Hub.Server.Tests.Aggregates;

/// <summary>
/// <c>xxxStatistieken</c> on the demo region: grouped counts equal direct EF queries of the same caller,
/// run as one GROUP BY statement, scoped to the caller's gemeenten.
/// </summary>
[Collection(DemoCollection.Name)]
[Trait("Category", "Integration")]
public sealed class StatistiekTests(DemoHubFactory hub, ITestOutputHelper output)
{
    private const string Hoorn = DemoHubFactory.Hoorn;
    private const string Enkhuizen = DemoHubFactory.Enkhuizen;

    [Fact]
    public async Task Deelnames_per_gemeente_and_leerroute_equal_EF_and_run_as_one_GROUP_BY()
    {
        using var client = hub.ClientFor(Hoorn, Enkhuizen);
        hub.Sql.Reset();
        var data = await client.DataAsync("""
            { leerrouteDeelnamesStatistieken(groupBy: [GEMEENTE_CODE, LEERROUTE], first: 1000) {
                sleutel { gemeenteCode leerroute } aantal aantalPersonen } }
            """);
        var statements = hub.Sql.Statements;
        foreach (var s in statements)
        {
            output.WriteLine(s.Sql);
        }

        await using var db = hub.ContextFor(Hoorn, Enkhuizen);
        var expected = (await db.LeerrouteDeelnames.Where(d => !d.IsDeleted)
                .GroupBy(d => new { d.GemeenteCode, d.Leerroute })
                .Select(g => new { g.Key.GemeenteCode, g.Key.Leerroute, Aantal = g.Count(), Personen = g.Select(d => d.InburgeraarId).Distinct().Count() })
                .ToListAsync())
            .Select(e => $"{e.GemeenteCode}/{CodeList<Leerroute>.ToCode(e.Leerroute)}/{e.Aantal}/{e.Personen}").Order(StringComparer.Ordinal).ToList();

        var actual = data["leerrouteDeelnamesStatistieken"].Items()
            .Select(g => $"{g["sleutel"]!["gemeenteCode"].Str()}/{g["sleutel"]!["leerroute"].Str()}/{g["aantal"]}/{g["aantalPersonen"]}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Contains(expected, e => e.StartsWith(Enkhuizen, StringComparison.Ordinal));
        Assert.Equal(expected, actual);

        var statement = Assert.Single(statements);
        Assert.Contains("GROUP BY", statement.Sql, StringComparison.Ordinal);
        Assert.Contains("COUNT(DISTINCT", statement.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hoorn_caller_grouping_by_gemeente_only_gets_Hoorn()
    {
        using var client = hub.ClientFor(Hoorn);
        var data = await client.DataAsync("""{ koppelingenStatistieken(groupBy: [GEMEENTE_CODE]) { sleutel { gemeenteCode } aantal aantalPersonen } }""");
        await using var db = hub.ContextFor(Hoorn);
        var expected = await db.Koppelingen.CountAsync(k => !k.IsDeleted);

        var groep = Assert.Single(data["koppelingenStatistieken"].Items());
        Assert.Equal(Hoorn, groep["sleutel"]!["gemeenteCode"].Str());
        Assert.Equal(expected, groep["aantal"]!.GetValue<int>());
    }

    [Fact]
    public async Task Koppelingen_per_quarter_and_year_equal_EF()
    {
        using var client = hub.ClientFor(Hoorn, Enkhuizen);
        await using var db = hub.ContextFor(Hoorn, Enkhuizen);
        var dates = await db.Koppelingen.Where(k => !k.IsDeleted).Select(k => k.Koppeldatum).ToListAsync();
        Assert.NotEmpty(dates);

        var quarters = await client.DataAsync("""{ koppelingenStatistieken(datum: {veld: KOPPELDATUM, per: KWARTAAL}, first: 1000) { sleutel { periode } aantal } }""");
        var expectedQuarters = dates.GroupBy(d => $"{d.Year:D4}-Q{((d.Month - 1) / 3) + 1}").ToDictionary(g => g.Key, g => g.Count());
        var actualQuarters = quarters["koppelingenStatistieken"].Items().ToDictionary(g => g["sleutel"]!["periode"].Str(), g => g["aantal"]!.GetValue<int>());
        Assert.Equal(expectedQuarters.OrderBy(p => p.Key, StringComparer.Ordinal), actualQuarters.OrderBy(p => p.Key, StringComparer.Ordinal));

        var years = await client.DataAsync("""{ koppelingenStatistieken(datum: {veld: KOPPELDATUM, per: JAAR}, groupBy: [NAREIZIGER], first: 1000) { sleutel { periode nareiziger } aantal } }""");
        var expectedYears = dates.GroupBy(d => $"{d.Year:D4}").ToDictionary(g => g.Key, g => g.Count());
        var actualYears = years["koppelingenStatistieken"].Items().GroupBy(g => g["sleutel"]!["periode"].Str()).ToDictionary(g => g.Key, g => g.Sum(x => x["aantal"]!.GetValue<int>()));
        Assert.Equal(expectedYears.OrderBy(p => p.Key, StringComparer.Ordinal), actualYears.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Having_and_order_by_count_keep_the_large_groups_largest_first()
    {
        using var client = hub.ClientFor(Hoorn, Enkhuizen);
        var all = (await client.DataAsync("""{ leerrouteDeelnamesStatistieken(groupBy: [AANBIEDER, LEERROUTE], first: 1000) { aantal } }"""))["leerrouteDeelnamesStatistieken"].Items()
            .Select(g => g["aantal"]!.GetValue<int>()).ToList();
        var bound = all.Order().ElementAt(all.Count / 2);
        var data = await client.DataAsync(
            "query($n: Int!) { leerrouteDeelnamesStatistieken(groupBy: [AANBIEDER, LEERROUTE], having: {aantal: {gte: $n}}, order: AANTAL_DESC, first: 1000) { aantal } }",
            new { n = bound });
        var kept = data["leerrouteDeelnamesStatistieken"].Items().Select(g => g["aantal"]!.GetValue<int>()).ToList();
        Assert.Equal(all.Where(a => a >= bound).OrderDescending(), kept);
    }

    [Fact]
    public async Task Voortgang_hours_aggregate_like_EF()
    {
        using var client = hub.ClientFor(Hoorn);
        var data = await client.DataAsync("""{ voortgangsmetingenStatistieken { aantal aantalPersonen urenGevolgd { som gemiddelde minimum maximum } } }""");
        await using var db = hub.ContextFor(Hoorn);
        var uren = (await db.Voortgangsmetingen.Where(m => !m.IsDeleted).Select(m => m.UrenGevolgd).ToListAsync()).Select(u => (double)u).ToList();
        var groep = Assert.Single(data["voortgangsmetingenStatistieken"].Items());
        Assert.Equal(uren.Count, groep["aantal"]!.GetValue<int>());
        Assert.Equal(uren.Sum(), groep["urenGevolgd"]!["som"]!.GetValue<double>(), 6);
        Assert.Equal(uren.Max(), groep["urenGevolgd"]!["maximum"]!.GetValue<double>(), 6);
        Assert.Equal(uren.Min(), groep["urenGevolgd"]!["minimum"]!.GetValue<double>(), 6);
    }

    [Fact]
    public async Task Only_the_selected_aggregates_are_computed()
    {
        using var client = hub.ClientFor(Hoorn);
        hub.Sql.Reset();
        var data = await client.DataAsync("""
            { voortgangsmetingenStatistieken(groupBy: [GEMEENTE_CODE]) { aantal ...uren } }
            fragment uren on VoortgangsmetingGroep { urenGevolgd { som } }
            """);
        var sql = Assert.Single(hub.Sql.Statements).Sql;
        output.WriteLine(sql);

        Assert.NotNull(Assert.Single(data["voortgangsmetingenStatistieken"].Items())["urenGevolgd"]!["som"]);
        Assert.Single(Regex.Matches(sql, @"\bSUM\("));
        Assert.DoesNotContain("AVG(", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("MIN(", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("MAX(", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("COUNT(DISTINCT", sql, StringComparison.Ordinal); // aantalPersonen not asked
    }

    [Fact]
    public async Task Withdrawn_rows_are_an_argument_not_a_dimension()
    {
        using var client = hub.ClientFor(Hoorn);
        using var response = await client.PostQueryAsync("{ koppelingenStatistieken(groupBy: [INGETROKKEN]) { aantal } }");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("INGETROKKEN", text, StringComparison.Ordinal);
        Assert.Contains("errors", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", text, StringComparison.Ordinal);
    }
}

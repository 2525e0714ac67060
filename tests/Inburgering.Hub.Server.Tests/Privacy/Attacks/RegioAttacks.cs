using System.Globalization;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Privacy.Attacks;

/// <summary>
/// The attacks of issue 12 by an analist of Hoorn with the <c>regio</c> claim on the demo region, each
/// scored against an all-gemeente token: what can the attacker derive for figures of the six gemeenten it
/// has no rows of? Every attack only uses requests the hub answers to that token.
/// </summary>
internal static class RegioAttacks
{
    public const string Hoorn = "GM0405";

    /// <summary>The gemeenten the attacker only counts over.</summary>
    public static readonly string[] Others = ["GM0388", "GM0420", "GM0432", "GM0498", "GM0532", "GM1598"];

    private const string Van = "2022-01-01";
    private const string Tot = "2023-07-01";

    /// <summary>The nine date fields of the month/quarter attack.</summary>
    private static readonly (string Field, string Veld)[] DateFields =
    [
        ("koppelingenStatistieken", "KOPPELDATUM"),
        ("koppelingenStatistieken", "HUISVESTINGSDATUM"),
        ("leerrouteDeelnamesStatistieken", "STARTDATUM"),
        ("leerrouteDeelnamesStatistieken", "EINDDATUM"),
        ("voortgangsmetingenStatistieken", "PEILDATUM"),
        ("intakesStatistieken", "BREDE_INTAKE_DATUM"),
        ("intakesStatistieken", "PIP_DAGTEKENING"),
        ("participatieStatistieken", "STARTDATUM"),
        ("participatieStatistieken", "EINDDATUM"),
    ];

    private static readonly (string Field, string A, string B)[] CrossTables =
    [
        ("plichtenStatistieken", "DOELGROEP", "STATUS"),
        ("leerrouteDeelnamesStatistieken", "LEERROUTE", "STATUS"),
        ("koppelingenStatistieken", "GEZINSROL", "STATUS"),
    ];

    private static readonly string[] Metrics = ["aantal", "aantalPersonen"];

    /// <summary>
    /// 1. Differencing across gemeente subsets: the region total of [X, Y] minus Y alone, and of [Hoorn, X]
    /// minus Hoorn (exact, own rows), for every cell of the report.
    /// </summary>
    public static async Task<AttackScore> GemeenteSubsetsAsync(HttpClient attacker, HttpClient truth)
    {
        var score = new AttackScore("gemeente subsets");
        foreach (var (path, value) in await ReportAsync(truth, [Hoorn, .. Others], Van, Tot))
        {
            if (Others.Contains(RegioAnalistTests.Gemeente(path)))
            {
                score.Target(path, value);
            }
        }

        var singles = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var g in Others)
        {
            singles[g] = await ReportAsync(attacker, [g], Van, Tot);
            score.Requests++;
            foreach (var (path, value) in singles[g].Where(c => c.Key.StartsWith("gemeenten", StringComparison.Ordinal)))
            {
                score.Derive(path, AttackScore.Direct, value);
            }
        }

        foreach (var x in Others)
        {
            var withHoorn = await ReportAsync(attacker, [Hoorn, x], Van, Tot);
            score.Requests++;
            foreach (var row in Rows(withHoorn, x))
            {
                score.Derive(Cell(x, row), "regio[Hoorn,X] − Hoorn", withHoorn["regio" + row] - withHoorn[Cell(Hoorn, row)]);
            }

            foreach (var y in Others.Where(y => string.CompareOrdinal(x, y) < 0))
            {
                var pair = await ReportAsync(attacker, [x, y], Van, Tot);
                score.Requests++;
                foreach (var row in Rows(pair, x))
                {
                    score.Derive(Cell(x, row), $"regio[X,{y}] − {y}", pair["regio" + row] - singles[y][Cell(y, row)]);
                    score.Derive(Cell(y, row), $"regio[{x},Y] − {x}", pair["regio" + row] - singles[x][Cell(x, row)]);
                }
            }
        }

        return score;
    }

    /// <summary>2. Differencing across date buckets: a month is its quarter minus the quarter's other months.</summary>
    public static async Task<AttackScore> DateBucketsAsync(HttpClient attacker, HttpClient truth)
    {
        var score = new AttackScore("date buckets");
        foreach (var (field, veld) in DateFields)
        {
            var datum = $"datum: {{ veld: {veld}, per: MAAND }}";
            var real = await StatsAsync(truth, field, ["GEMEENTE_CODE"], datum);
            var months = await StatsAsync(attacker, field, ["GEMEENTE_CODE"], datum);
            var quarters = await StatsAsync(attacker, field, ["GEMEENTE_CODE"], $"datum: {{ veld: {veld}, per: KWARTAAL }}");
            score.Requests += 2;
            foreach (var metric in Metrics)
            {
                foreach (var (key, values) in real.Where(r => Others.Contains(r.Key.Split('/')[0]) && !r.Key.EndsWith("/null", StringComparison.Ordinal)))
                {
                    var cell = $"{field}.{veld}.{metric}[{key}]";
                    score.Target(cell, values[metric]);
                    score.Derive(cell, AttackScore.Direct, Get(months, key, metric));
                    var (quarter, others) = Quarter(key);
                    score.Derive(cell, "quarter − other months", Get(quarters, quarter, metric) - others.Sum(m => Get(months, m, metric)));
                }
            }
        }

        return score;
    }

    /// <summary>3. Differencing across dimensions: a cross-table cell is a marginal minus the rest of its line, along either dimension.</summary>
    public static async Task<AttackScore> CrossDimensionsAsync(HttpClient attacker, HttpClient truth)
    {
        var score = new AttackScore("cross dimensions");
        foreach (var (field, a, b) in CrossTables)
        {
            var real = await StatsAsync(truth, field, ["GEMEENTE_CODE", a, b], "");
            var cross = await StatsAsync(attacker, field, ["GEMEENTE_CODE", a, b], "");
            var byA = await StatsAsync(attacker, field, ["GEMEENTE_CODE", a], "");
            var byB = await StatsAsync(attacker, field, ["GEMEENTE_CODE", b], "");
            score.Requests += 3;
            var valuesA = real.Keys.Concat(cross.Keys).Select(k => k.Split('/')[1]).Distinct(StringComparer.Ordinal).ToList();
            var valuesB = real.Keys.Concat(cross.Keys).Select(k => k.Split('/')[2]).Distinct(StringComparer.Ordinal).ToList();
            foreach (var metric in Metrics)
            {
                foreach (var (key, values) in real.Where(r => Others.Contains(r.Key.Split('/')[0])))
                {
                    var (g, va, vb) = (key.Split('/')[0], key.Split('/')[1], key.Split('/')[2]);
                    var cell = $"{field}.{metric}[{key}]";
                    score.Target(cell, values[metric]);
                    score.Derive(cell, AttackScore.Direct, Get(cross, key, metric));
                    score.Derive(cell, $"[{g}/{va}] − rest of line", Get(byA, $"{g}/{va}", metric) - valuesB.Where(v => v != vb).Sum(v => Get(cross, $"{g}/{va}/{v}", metric)));
                    score.Derive(cell, $"[{g}/{vb}] − rest of line", Get(byB, $"{g}/{vb}", metric) - valuesA.Where(v => v != va).Sum(v => Get(cross, $"{g}/{v}/{vb}", metric)));
                }
            }
        }

        return score;
    }

    /// <summary>4. Differencing across periods: a year is the whole period minus the rest, for every cell of the report.</summary>
    public static async Task<AttackScore> PeriodWindowsAsync(HttpClient attacker, HttpClient truth)
    {
        var score = new AttackScore("period windows");
        (string Van, string Tot)[] windows = [("2022-01-01", "2022-12-31"), ("2023-01-01", "2023-07-01")];
        for (var w = 0; w < windows.Length; w++)
        {
            foreach (var (path, value) in await ReportAsync(truth, [Hoorn, .. Others], windows[w].Van, windows[w].Tot))
            {
                if (Others.Contains(RegioAnalistTests.Gemeente(path)))
                {
                    score.Target($"{windows[w].Van}..{windows[w].Tot} {path}", value);
                }
            }
        }

        foreach (var g in Others)
        {
            var parts = new List<Dictionary<string, int>>();
            foreach (var (van, tot) in windows)
            {
                parts.Add(await ReportAsync(attacker, [g], van, tot));
            }

            var whole = await ReportAsync(attacker, [g], windows[0].Van, windows[1].Tot);
            score.Requests += 3;
            foreach (var row in Rows(whole, g))
            {
                for (var w = 0; w < windows.Length; w++)
                {
                    var cell = $"{windows[w].Van}..{windows[w].Tot} {Cell(g, row)}";
                    score.Derive(cell, AttackScore.Direct, parts[w][Cell(g, row)]);
                    score.Derive(cell, "whole period − other window", whole[Cell(g, row)] - parts[1 - w][Cell(g, row)]);
                }
            }
        }

        return score;
    }

    /// <summary>5. Repeated identical requests: five times the same statistics, averaged.</summary>
    public static async Task<AttackScore> RepeatedRequestsAsync(HttpClient attacker, HttpClient truth)
    {
        var score = new AttackScore("repeated requests");
        const string Field = "leerrouteDeelnamesStatistieken";
        string[] groupBy = ["GEMEENTE_CODE", "LEERROUTE", "STATUS"];
        var real = await StatsAsync(truth, Field, groupBy, "");
        var answers = new List<Dictionary<string, Dictionary<string, int>>>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await StatsAsync(attacker, Field, groupBy, ""));
            score.Requests++;
        }

        foreach (var metric in Metrics)
        {
            foreach (var (key, values) in real.Where(r => Others.Contains(r.Key.Split('/')[0])))
            {
                var cell = $"{Field}.{metric}[{key}]";
                score.Target(cell, values[metric]);
                score.Derive(cell, AttackScore.Direct, Get(answers[0], key, metric));
                for (var i = 1; i < answers.Count; i++)
                {
                    score.Derive(cell, $"repeat {i}", Get(answers[i], key, metric));
                }

                score.Derive(cell, "mean of the repeats", (int)Math.Round(answers.Average(a => Get(a, key, metric))));
            }
        }

        return score;
    }

    /// <summary>Every count cell of a report (percentages left out) as path → value.</summary>
    public static async Task<Dictionary<string, int>> ReportAsync(HttpClient client, string[] gemeenten, string van, string tot)
    {
        var query = RegioAnalistTests.ReportQuery.Replace("van: \"2022-01-01\", tot: \"2023-07-01\"", $"van: \"{van}\", tot: \"{tot}\"", StringComparison.Ordinal);
        var data = await client.DataAsync(query, new { gemeenten });
        return RegioAnalistTests.Cells(data["voortgangsrapportage"]!)
            .Where(c => RegioAnalistTests.IsCount(c.Key) && c.Value is not null)
            .ToDictionary(c => c.Key, c => c.Value!.Value, StringComparer.Ordinal);
    }

    /// <summary>A statistics table as key (dimension values and periode joined by '/') → aantal and aantalPersonen.</summary>
    public static async Task<Dictionary<string, Dictionary<string, int>>> StatsAsync(HttpClient client, string field, string[] groupBy, string datum)
    {
        var names = groupBy.Select(Camel).ToList();
        var periode = datum.Length > 0 ? " periode" : "";
        var data = await client.DataAsync(
            $"{{ {field}(groupBy: [{string.Join(", ", groupBy)}]{(datum.Length > 0 ? ", " + datum : "")}, first: 1000) {{ sleutel {{ {string.Join(" ", names)}{periode} }} aantal aantalPersonen }} }}");
        var groups = data[field].Items();
        Assert.True(groups.Count < 1000, $"{field} has 1000 groups or more: the attack needs them all");
        return groups.ToDictionary(
            g => string.Join('/', names.Concat(periode.Length > 0 ? ["periode"] : []).Select(n => g["sleutel"]![n] is { } v ? v.Str() : "null")),
            g => Metrics.ToDictionary(m => m, m => g[m]!.GetValue<int>(), StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    private static int Get(Dictionary<string, Dictionary<string, int>> table, string key, string metric) =>
        table.TryGetValue(key, out var values) ? values[metric] : 0; // an absent group is a published 0

    /// <summary>The quarter of a month key (…/2023-05 → …/2023-Q2) and the quarter's other two month keys.</summary>
    private static (string Quarter, string[] Others) Quarter(string key)
    {
        var slash = key.LastIndexOf('/');
        var (prefix, month) = (key[..(slash + 1)], key[(slash + 1)..]);
        var year = month[..4];
        var m = int.Parse(month[5..], CultureInfo.InvariantCulture);
        var q = (m + 2) / 3;
        var others = Enumerable.Range((q * 3) - 2, 3).Where(x => x != m).Select(x => string.Create(CultureInfo.InvariantCulture, $"{prefix}{year}-{x:D2}")).ToArray();
        return (string.Create(CultureInfo.InvariantCulture, $"{prefix}{year}-Q{q}"), others);
    }

    private static string Camel(string constant)
    {
        var parts = constant.ToLowerInvariant().Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    private static string Cell(string gemeente, string row) => $"gemeenten[{gemeente}]{row}";

    /// <summary>The row suffixes (<c>.statushouders.pipVastgesteld</c>) of gemeente <paramref name="g"/>'s cells in a report.</summary>
    private static IEnumerable<string> Rows(Dictionary<string, int> report, string g) =>
        report.Keys.Where(k => k.StartsWith($"gemeenten[{g}]", StringComparison.Ordinal)).Select(k => k[$"gemeenten[{g}]".Length..]);
}

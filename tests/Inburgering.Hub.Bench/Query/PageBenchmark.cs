using System.Globalization;

namespace Inburgering.Hub.Bench.Query;

/// <summary>
/// A filtered, sorted page of inburgeraars with relations through the hub's GraphQL endpoint
/// (a medewerker of Hoorn: persons with a Z-route deelname started in 2023, youngest first), timed
/// at 50 per page, and the number of SQL statements per request at page sizes 5, 50 and 100.
/// </summary>
internal static class PageBenchmark
{
    public const double TargetP50Ms = 50;
    public const string Hoorn = "GM0405";

    private const string Query =
        """
        query($first: Int!) {
          inburgeraars(
            first: $first
            where: {
              gemeenteCode: { eq: "GM0405" }
              leerrouteDeelnames: { some: { leerroute: { eq: Z }, startdatum: { gte: "2023-01-01", lte: "2023-12-31" } } }
            }
            order: [{ geboortejaar: DESC }, { herkomstland: ASC }]
          ) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes {
              id
              geboortejaar
              herkomstland
              gemeente { naam }
              koppelingen { koppeldatum huisvestingsdatum gezinsrol status }
              leerrouteDeelnames { aanbieder leerroute startdatum status einddatum }
              meldingen { soort datum telt }
            }
          }
        }
        """;

    public static async Task RunAsync(HubHost host, Dataset.BenchDatabase database, int runs, bool explain, Figures figures)
    {
        using var client = host.ClientAs("medewerker", [Hoorn]);
        var first = await client.DataAsync(Query, new { first = 50 });
        var page = first["inburgeraars"]!;
        var nodes = page["nodes"]!.AsArray();
        var total = page["totalCount"]!.GetValue<int>();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page query: totalCount {total:N0}, {nodes.Count} nodes, first node {nodes.FirstOrDefault()?.ToJsonString()[..Math.Min(300, nodes.FirstOrDefault()?.ToJsonString().Length ?? 0)]}"));

        if (explain)
        {
            host.Statements.Reset();
            host.Statements.Capture = true;
            await client.DataAsync(Query, new { first = 50 });
            host.Statements.Capture = false;
            QueryPlans.Print(database, "page of 50: hub statements", host.Statements.Captured);
        }

        var timings = await Timings.MeasureAsync(runs, () => client.DataAsync(Query, new { first = 50 }));
        Console.WriteLine($"page of 50 with relations: {timings}");

        var statements = new Dictionary<int, int>();
        foreach (var size in new[] { 5, 50, 100 })
        {
            host.Statements.Reset();
            var data = await client.DataAsync(Query, new { first = size });
            statements[size] = host.Statements.Count;
            var got = data["inburgeraars"]!["nodes"]!.AsArray().Count;
            if (got != Math.Min(size, total))
            {
                throw new InvalidOperationException($"Page of {size} returned {got} nodes.");
            }
        }

        var summary = string.Join(", ", statements.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}: {s.Value}")));
        Console.WriteLine("SQL statements per request by page size: " + summary);
        figures.Add("page of 50 inburgeraars (filter, sort, relations) p50", Ms(timings.P50), "< 50 ms", timings.P50 < TargetP50Ms);
        figures.Add("page of 50 inburgeraars p95", Ms(timings.P95), "(reference)");
        figures.Add("  process CPU per page request", Ms(timings.CpuMsPerRun), "(reference)");
        figures.Add(string.Create(CultureInfo.InvariantCulture, $"page matches (totalCount)"), total.ToString("N0", CultureInfo.InvariantCulture), "> 50", total > 50);
        figures.Add("SQL statements per request, page size 5/50/100", string.Join(" / ", statements.Values), "constant", statements.Values.Distinct().Count() == 1);
    }

    private static string Ms(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture) + " ms";
}

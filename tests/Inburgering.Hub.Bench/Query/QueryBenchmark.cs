using System.Globalization;
using Inburgering.Hub.Bench.Query.Dataset;

namespace Inburgering.Hub.Bench.Query;

/// <summary>
/// Query benchmark: a generated region in a hub database, the voortgangsrapportage through the
/// hub's GraphQL endpoint against a hand-written SQL of the same cells, and a filtered, sorted
/// page of inburgeraars with relations (latency and SQL statements per request).
/// </summary>
internal static class QueryBenchmark
{
    public static async Task<int> RunAsync(QueryOptions options)
    {
        Console.WriteLine($"Inburgering.Hub query benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, work folder {options.Work}");
        var database = await BenchDataset.EnsureAsync(options.Work, options.Persons, HubServices.Key);
        var counts = BenchDataset.Count(database);
        foreach (var (table, rows) in counts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table,-26} {rows,12:N0}"));
        }

        var total = counts.Sum(c => c.Rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"total",-26} {total,12:N0}"));

        var figures = new Figures();
        figures.Add("generated persons / rows", string.Create(CultureInfo.InvariantCulture, $"{options.Persons:N0} / {total:N0}"));
        await using (var host = new HubHost(database, options.Work))
        {
            using (host.CreateClient())
            {
                // Starts the hub (migrations are already applied).
            }

            await ReportBenchmark.RunAsync(host, database, options.Runs, options.Explain, figures);
            await PageBenchmark.RunAsync(host, database, options.PageRuns, options.Explain, figures);
        }

        figures.Print();
        return figures.AllPass ? 0 : 1;
    }
}

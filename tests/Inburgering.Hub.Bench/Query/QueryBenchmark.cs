using System.Diagnostics;
using System.Globalization;
using Inburgering.Hub.Bench.Query.Dataset;
using Inburgering.Hub.Bench.Query.Peer;

namespace Inburgering.Hub.Bench.Query;

/// <summary>
/// Query benchmark: a generated region in a hub database on SQLite, PostgreSQL or both, the
/// voortgangsrapportage through the hub's GraphQL endpoint against a hand-written SQL of the same cells,
/// and a filtered, sorted page of inburgeraars with relations (latency and SQL statements per request);
/// the page's throughput at 4 clients; on PostgreSQL also the PostGraphile peer on the same database
/// (<see cref="PeerBenchmark"/>). One table of both providers at the end; exit code 1 when a goal fails.
/// </summary>
internal static class QueryBenchmark
{
    public static async Task<int> RunAsync(QueryOptions options)
    {
        Console.WriteLine($"Inburgering.Hub query benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {Environment.MachineName}, work folder {options.Work}");
        Console.WriteLine("load: " + Uptime());
        var providers = options.Providers ?? [BenchProvider.Sqlite, BenchProvider.PostgreSql];
        var figures = new Figures();
        PostgresCluster? postgres = null;
        if (providers.Contains(BenchProvider.PostgreSql))
        {
            postgres = await PostgresCluster.StartAsync(options.Postgres, options.Work);
            if (postgres is null)
            {
                if (options.Providers is not null)
                {
                    Console.WriteLine("--provider names PostgreSQL, which is not available: give --pg or " + QueryOptions.PostgresVariable + ", or install PostgreSQL.");
                    return 2;
                }

                Console.WriteLine("PostgreSQL is not available: running on SQLite only (give --pg or " + QueryOptions.PostgresVariable + " to include it).");
                providers = [BenchProvider.Sqlite];
            }
        }

        try
        {
            var counts = new Dictionary<BenchProvider, IReadOnlyList<(string Table, long Rows)>>();
            double? sqliteRate = null;
            double? peerRate = null;
            foreach (var provider in providers)
            {
                var database = provider == BenchProvider.Sqlite
                    ? await BenchDataset.EnsureAsync(options.Work, options.Persons, HubServices.Key)
                    : await PostgreSqlDataset.EnsureAsync(postgres!, options.Persons, HubServices.Key);
                figures.Column = database.Label;
                Console.WriteLine($"== {database.Label}");
                counts[provider] = BenchDataset.Count(database);
                var total = Print(counts[provider]);
                figures.Add("generated persons / rows", string.Create(CultureInfo.InvariantCulture, $"{options.Persons:N0} / {total:N0}"));
                if (options.Prepare)
                {
                    continue;
                }

                await using var host = new HubHost(database, options.Work);
                using (host.CreateClient())
                {
                    // Starts the hub (migrations are already applied).
                }

                await ReportBenchmark.RunAsync(host, database, options.Runs, options.Explain, figures);
                await PageBenchmark.RunAsync(host, database, options.PageRuns, options.Explain, figures);
                if (provider == BenchProvider.Sqlite)
                {
                    sqliteRate = await PeerBenchmark.HubThroughputAsync(host);
                    Console.WriteLine($"page throughput at {PeerBenchmark.Clients} clients (SQLite): {PeerBenchmark.Rate(sqliteRate.Value)}");
                    figures.Add(PeerBenchmark.ThroughputFigure, PeerBenchmark.Rate(sqliteRate.Value));
                }
                else if (options.Peer != false)
                {
                    peerRate = await PeerBenchmark.RunAsync(host, database, options, figures);
                }
                else
                {
                    Console.WriteLine("peer: skipped (--no-peer)");
                }
            }

            if (sqliteRate is { } own && peerRate is { } peer)
            {
                figures.AddTo(Figures.Sqlite, PeerBenchmark.ThroughputFigure, PeerBenchmark.Rate(own), "≥ PostGraphile", own >= peer);
            }

            if (counts.Count == 2)
            {
                var differ = counts[BenchProvider.Sqlite].Zip(counts[BenchProvider.PostgreSql]).Where(p => p.First != p.Second).ToList();
                foreach (var (sqlite, pg) in differ)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ROW COUNT DIFFERS {sqlite.Table}: SQLite {sqlite.Rows:N0}, PostgreSQL {pg.Rows:N0}"));
                }

                figures.AddTo(Figures.PostgreSql, "row counts per table equal to SQLite's", $"{BenchDataset.Tables.Length - differ.Count}/{BenchDataset.Tables.Length}", "all equal", differ.Count == 0);
            }
        }
        finally
        {
            if (postgres is not null)
            {
                await postgres.DisposeAsync();
            }
        }

        Console.WriteLine();
        Console.WriteLine($"machine: {Environment.MachineName}, {Environment.ProcessorCount} cores; load at the end: {Uptime()}");
        figures.Print();
        return figures.AllPass ? 0 : 1;
    }

    private static long Print(IReadOnlyList<(string Table, long Rows)> counts)
    {
        foreach (var (table, rows) in counts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table,-26} {rows,12:N0}"));
        }

        var total = counts.Sum(c => c.Rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"total",-26} {total,12:N0}"));
        return total;
    }

    /// <summary>The output of <c>uptime</c> (load averages), or the reason it is missing.</summary>
    public static string Uptime()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("uptime") { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return "uptime not available: " + ex.Message;
        }
    }
}

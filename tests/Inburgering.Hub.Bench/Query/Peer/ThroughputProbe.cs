using System.Diagnostics;
using System.Globalization;
using Inburgering.Hub.Bench.Query.Dataset;

namespace Inburgering.Hub.Bench.Query.Peer;

/// <summary>
/// <c>throughput [--provider sqlite|postgresql] [--persons 200000] [--work DIR] [--seconds 20] [--warmup 5]
/// [--pg CONNECTION]</c>: only the page's throughput at <see cref="PeerBenchmark.Clients"/> clients, the
/// hub on Kestrel on a cached data set (see <c>query --prepare</c>), for a profiler to attach to: it prints
/// the process id and when the measured window starts and ends, then requests per second, the process
/// CPU per request (hub and the bench's client in one process), garbage collections and GC pause time.
/// </summary>
internal static class ThroughputProbe
{
    private const string Usage = "Usage: throughput [--provider sqlite|postgresql] [--persons 200000] [--work DIR] [--seconds 20] [--warmup 5] [--pg CONNECTION]";

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = BenchProvider.Sqlite;
        var persons = 200_000;
        var work = Path.Combine(Path.GetTempPath(), "inburgering-hub-bench");
        var seconds = 20;
        var warmup = 5;
        var pg = Environment.GetEnvironmentVariable(QueryOptions.PostgresVariable) is { Length: > 0 } given ? given : null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--provider":
                    provider = value.StartsWith("p", StringComparison.OrdinalIgnoreCase) ? BenchProvider.PostgreSql : BenchProvider.Sqlite;
                    break;
                case "--persons":
                    persons = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--work":
                    work = Path.GetFullPath(value);
                    break;
                case "--seconds":
                    seconds = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--warmup":
                    warmup = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--pg":
                    pg = value;
                    break;
                default:
                    Console.WriteLine(Usage);
                    return 2;
            }
        }

        PostgresCluster? postgres = null;
        try
        {
            BenchDatabase database;
            if (provider == BenchProvider.PostgreSql)
            {
                postgres = await PostgresCluster.StartAsync(pg, work);
                if (postgres is null)
                {
                    return 2;
                }

                database = await PostgreSqlDataset.EnsureAsync(postgres, persons, HubServices.Key);
            }
            else
            {
                database = await BenchDataset.EnsureAsync(work, persons, HubServices.Key);
            }

            await using var host = HubHost.OverHttp(database, work);
            using var client = host.ClientAs("medewerker", [PeerQueries.Hoorn]);
            var query = PeerQueries.HubPage(true);
            await PeerBenchmark.ThroughputAsync(client, query, warmup);

            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var paused = GC.GetTotalPauseDuration();
            var allocated = GC.GetTotalAllocatedBytes();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measuring {seconds} s, pid {Environment.ProcessId}, {database.Label}, load {QueryBenchmark.Uptime()}"));
            var stopwatch = Stopwatch.StartNew();
            var rate = await PeerBenchmark.ThroughputAsync(client, query, seconds);
            var elapsed = stopwatch.Elapsed.TotalSeconds;
            process.Refresh();
            var requests = rate * elapsed;
            var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
            Console.WriteLine("measured");
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"page throughput at {PeerBenchmark.Clients} clients: {rate:F1} req/s; process CPU {cpuMs / requests:F1} ms per request ({cpuMs / 1000 / elapsed:F2} cores); "
                + $"allocated {(GC.GetTotalAllocatedBytes() - allocated) / requests / 1024:F0} KiB per request; "
                + $"GCs gen0/1/2 {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}, "
                + $"GC pauses {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms; server GC {System.Runtime.GCSettings.IsServerGC}; load {QueryBenchmark.Uptime()}"));
            return 0;
        }
        finally
        {
            if (postgres is not null)
            {
                await postgres.DisposeAsync();
            }
        }
    }
}

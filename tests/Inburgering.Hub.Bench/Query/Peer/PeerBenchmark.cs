using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Inburgering.Hub.Bench.Query.Dataset;
using Npgsql;
using NpgsqlTypes;

namespace Inburgering.Hub.Bench.Query.Peer;

/// <summary>
/// The hub on PostgreSQL against PostGraphile 5 on the same database (<see cref="PeerServer"/>), in one
/// run and interleaved (hub, peer, hub, peer …): the page of 50 with and without totalCount and the
/// counts per gemeente and per gemeente × leerroute, after checking both give the same answers (page ids
/// and order, totalCount, hasNextPage, every count); the page's throughput at <see cref="Clients"/>
/// concurrent clients, in alternating rounds; and the hand-written SQL floors of the page and the counts.
/// Both are called over loopback HTTP: the hub on Kestrel (a second instance of the server on the same
/// database, for this step), the peer on node.
/// </summary>
internal static class PeerBenchmark
{
    public const int Clients = 4;

    /// <summary>
    /// Seconds per throughput round; each side gets one warm-up round (not counted: under load the runtime
    /// still compiles the hot paths again in the first seconds, the hub's tiered JIT as PostGraphile's V8), then
    /// <see cref="Rounds"/> rounds, alternating.
    /// </summary>
    public const int RoundSeconds = 5;

    public const int Rounds = 2;

    private static readonly object PageVariables = new { first = 50 };

    /// <summary>Throughput of the page at <see cref="Clients"/> clients (requests per second) against <paramref name="client"/>.</summary>
    public static async Task<double> ThroughputAsync(HttpClient client, string query, int seconds)
    {
        var stopwatch = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        var completed = 0;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            while (stopwatch.Elapsed < deadline)
            {
                await client.DataAsync(query, PageVariables);
                Interlocked.Increment(ref completed);
            }
        }));
        return completed / stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>The hub's page throughput at <see cref="Clients"/> clients on its own, over loopback HTTP as in the peer step (for the SQLite column).</summary>
    public static async Task<double> HubThroughputAsync(BenchDatabase database, string work)
    {
        await using var host = HubHost.OverHttp(database, work);
        using var client = host.ClientAs("medewerker", [PeerQueries.Hoorn]);
        await client.DataAsync(PeerQueries.HubPage(true), PageVariables);
        await ThroughputAsync(client, PeerQueries.HubPage(true), RoundSeconds); // warm-up round
        var rates = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            rates.Add(await ThroughputAsync(client, PeerQueries.HubPage(true), RoundSeconds));
        }

        return rates.Average();
    }

    /// <summary>Runs the peer step; returns the peer's page throughput (null when the peer was skipped).</summary>
    public static async Task<double?> RunAsync(BenchDatabase database, QueryOptions options, Figures figures)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(figures);
        await using var peer = await PeerServer.StartAsync(options.Work, database.ConnectionString);
        if (peer is null)
        {
            figures.AddTo(Figures.Peer, "PostGraphile peer", "skipped (see output)");
            return null;
        }

        // The hub over loopback HTTP too (Kestrel), so both answer through a socket.
        await using var overHttp = HubHost.OverHttp(database, options.Work);
        using var medewerker = overHttp.ClientAs("medewerker", [PeerQueries.Hoorn]);
        using var analist = overHttp.ClientAs("analist", JourneyGenerator.Gemeenten.Select(g => g.Code));
        Console.WriteLine($"peer: the hub answers on Kestrel at {medewerker.BaseAddress} for this step");
        using var peerClient = new HttpClient { BaseAddress = new Uri(peer.Endpoint, "/"), Timeout = TimeSpan.FromMinutes(5) };

        // Same answers first (these calls also warm both up).
        var differences = new List<string>();
        var hubPageData = await medewerker.DataAsync(PeerQueries.HubPage(true), PageVariables);
        ComparePage(hubPageData, await peerClient.DataAsync(PeerQueries.PeerPage(true), PageVariables), differences);
        var hubCounts = HubCounts(await analist.DataAsync(PeerQueries.HubCounts));
        var peerCounts = PeerCounts(await peerClient.DataAsync(PeerQueries.PeerCounts));
        await using var floor = new NpgsqlConnection(database.ConnectionString + ";Options=-c jit=off");
        await floor.OpenAsync();
        var floorCounts = await FloorCountsAsync(floor);
        var (floorIds, floorTotal) = await FloorPageAsync(floor);
        var hubIds = hubPageData["inburgeraars"]!["nodes"]!.AsArray().Select(n => long.Parse(n!["id"]!.ToString(), CultureInfo.InvariantCulture)).ToList();
        if (!hubIds.SequenceEqual(floorIds) || hubPageData["inburgeraars"]!["totalCount"]!.GetValue<long>() != floorTotal)
        {
            differences.Add($"page: hand-written SQL gives total {floorTotal} and ids [{string.Join(",", floorIds.Take(10))}…], the hub [{string.Join(",", hubIds.Take(10))}…]");
        }

        CompareCounts("peer", hubCounts, peerCounts, differences);
        CompareCounts("hand-written SQL", hubCounts, floorCounts, differences);
        foreach (var difference in differences)
        {
            Console.WriteLine("  SAME ANSWERS VIOLATED: " + difference);
        }

        Console.WriteLine(differences.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"peer: same answers (page ids and order, totalCount, hasNextPage; {hubCounts.Count} counts; the hand-written SQL gives the same page and counts)")
            : $"peer: {differences.Count} differences between the hub, the peer and the hand-written SQL (see above)");
        figures.AddTo(Figures.PostgreSql, "same answers as PostGraphile (page ids, totalCount, counts)", differences.Count == 0 ? "equal" : $"{differences.Count} differences", "equal", differences.Count == 0);

        var runs = options.PageRuns;
        var (hubPage, peerPage) = await InterleavedAsync(runs, () => medewerker.DataAsync(PeerQueries.HubPage(true), PageVariables), () => peerClient.DataAsync(PeerQueries.PeerPage(true), PageVariables));
        var (hubPageNoCount, peerPageNoCount) = await InterleavedAsync(runs, () => medewerker.DataAsync(PeerQueries.HubPage(false), PageVariables), () => peerClient.DataAsync(PeerQueries.PeerPage(false), PageVariables));
        var (hubCountTimes, peerCountTimes) = await InterleavedAsync(options.Runs, () => analist.DataAsync(PeerQueries.HubCounts), () => peerClient.DataAsync(PeerQueries.PeerCounts));
        var floorPage = await Timings.MeasureAsync(runs, () => FloorPageAsync(floor));
        var floorCountTimes = await Timings.MeasureAsync(options.Runs, () => FloorCountsAsync(floor));
        Console.WriteLine($"page of 50 with totalCount, interleaved: hub p50 {Ms(hubPage.P50)}, PostGraphile p50 {Ms(peerPage.P50)}, hand-written SQL p50 {Ms(floorPage.P50)}");
        Console.WriteLine($"page of 50 without totalCount, interleaved: hub p50 {Ms(hubPageNoCount.P50)}, PostGraphile p50 {Ms(peerPageNoCount.P50)}");
        Console.WriteLine($"counts per gemeente and gemeente × leerroute, interleaved: hub p50 {Ms(hubCountTimes.P50)}, PostGraphile p50 {Ms(peerCountTimes.P50)}, hand-written SQL p50 {Ms(floorCountTimes.P50)}");

        await ThroughputAsync(medewerker, PeerQueries.HubPage(true), RoundSeconds); // warm-up rounds
        await ThroughputAsync(peerClient, PeerQueries.PeerPage(true), RoundSeconds);
        var hubRates = new List<double>();
        var peerRates = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            hubRates.Add(await ThroughputAsync(medewerker, PeerQueries.HubPage(true), RoundSeconds));
            peerRates.Add(await ThroughputAsync(peerClient, PeerQueries.PeerPage(true), RoundSeconds));
        }

        var (hubRate, peerRate) = (hubRates.Average(), peerRates.Average());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page throughput at {Clients} clients ({Rounds} alternating rounds of {RoundSeconds} s after a warm-up round each): hub {hubRate:F1} req/s, PostGraphile {peerRate:F1} req/s"));

        const string Page = "page of 50 Hoorn Z-2023, relations, totalCount p50 (vs peer)";
        figures.AddTo(Figures.PostgreSql, Page, Ms(hubPage.P50), "≤ PostGraphile", hubPage.P50 <= peerPage.P50);
        figures.AddTo(Figures.Peer, Page, $"PG {Ms(peerPage.P50)}; SQL {Ms(floorPage.P50)}");
        const string NoCount = "same page without totalCount p50 (vs peer)";
        figures.AddTo(Figures.PostgreSql, NoCount, Ms(hubPageNoCount.P50), "≤ PostGraphile", hubPageNoCount.P50 <= peerPageNoCount.P50);
        figures.AddTo(Figures.Peer, NoCount, $"PG {Ms(peerPageNoCount.P50)}");
        const string Counts = "counts per gemeente, gemeente × leerroute p50";
        figures.AddTo(Figures.PostgreSql, Counts, Ms(hubCountTimes.P50), "(reference)");
        figures.AddTo(Figures.Peer, Counts, $"PG {Ms(peerCountTimes.P50)}; SQL {Ms(floorCountTimes.P50)}");
        figures.AddTo(Figures.PostgreSql, ThroughputFigure, Rate(hubRate), "≥ PostGraphile", hubRate >= peerRate);
        figures.AddTo(Figures.Peer, ThroughputFigure, "PG " + Rate(peerRate));
        return peerRate;
    }

    public const string ThroughputFigure = "page throughput, 4 clients";

    public static string Rate(double rate) => rate.ToString("F1", CultureInfo.InvariantCulture) + " req/s";

    private static async Task<(Latencies Hub, Latencies Peer)> InterleavedAsync(int runs, Func<Task> hub, Func<Task> peer)
    {
        await hub();
        await peer();
        var (h, p) = (new Latencies(), new Latencies());
        for (var i = 0; i < runs; i++)
        {
            await h.TimeAsync(hub);
            await p.TimeAsync(peer);
        }

        return (h, p);
    }

    private static void ComparePage(JsonNode hub, JsonNode peer, List<string> differences)
    {
        var h = hub["inburgeraars"]!;
        var p = peer["allInburgeraars"]!;
        var hubIds = h["nodes"]!.AsArray().Select(n => n!["id"]!.ToString()).ToList();
        var peerIds = p["nodes"]!.AsArray().Select(n => n!["rowId"]!.ToString()).ToList();
        if (!hubIds.SequenceEqual(peerIds))
        {
            var at = hubIds.Zip(peerIds).TakeWhile(p => p.First == p.Second).Count();
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"page ids differ from position {at}: hub [{string.Join(",", hubIds.Skip(at).Take(5))}…] ({hubIds.Count}), peer [{string.Join(",", peerIds.Skip(at).Take(5))}…] ({peerIds.Count})"));
        }

        if (h["totalCount"]!.GetValue<int>() != p["totalCount"]!.GetValue<int>())
        {
            differences.Add($"totalCount: hub {h["totalCount"]}, peer {p["totalCount"]}");
        }

        if (h["pageInfo"]!["hasNextPage"]!.GetValue<bool>() != p["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
        {
            differences.Add($"hasNextPage: hub {h["pageInfo"]!["hasNextPage"]}, peer {p["pageInfo"]!["hasNextPage"]}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page (hub and peer): totalCount {h["totalCount"]}, {hubIds.Count} nodes, first ids {string.Join(",", hubIds.Take(5))}"));
    }

    private static Dictionary<string, long> HubCounts(JsonNode data)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in data["perGemeente"]!.AsArray())
        {
            counts[$"inburgeraars {group!["sleutel"]!["gemeenteCode"]}"] = group["aantal"]!.GetValue<long>();
        }

        foreach (var group in data["perLeerroute"]!.AsArray())
        {
            var key = $"deelnames {group!["sleutel"]!["gemeenteCode"]}/{ReportCells.Label(group["sleutel"]!["leerroute"]?.GetValue<string>() ?? "-")}";
            counts[key] = group["aantal"]!.GetValue<long>();
            counts[key + " personen"] = group["aantalPersonen"]!.GetValue<long>();
        }

        return counts;
    }

    private static Dictionary<string, long> PeerCounts(JsonNode data)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in data["perGemeente"]!["groupedAggregates"]!.AsArray())
        {
            counts[$"inburgeraars {group!["keys"]![0]}"] = long.Parse(group["distinctCount"]!["rowId"]!.ToString(), CultureInfo.InvariantCulture);
        }

        foreach (var group in data["perLeerroute"]!["groupedAggregates"]!.AsArray())
        {
            var key = $"deelnames {group!["keys"]![0]}/{ReportCells.Label(group["keys"]![1]?.ToString() ?? "-")}";
            counts[key] = long.Parse(group["distinctCount"]!["rowId"]!.ToString(), CultureInfo.InvariantCulture);
            counts[key + " personen"] = long.Parse(group["distinctCount"]!["inburgeraarId"]!.ToString(), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    private static void CompareCounts(string other, Dictionary<string, long> hub, Dictionary<string, long> them, List<string> differences)
    {
        foreach (var key in hub.Keys.Union(them.Keys).Order(StringComparer.Ordinal))
        {
            if (hub.GetValueOrDefault(key, -1) != them.GetValueOrDefault(key, -1))
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture, $"{key}: hub {hub.GetValueOrDefault(key, -1)}, {other} {them.GetValueOrDefault(key, -1)}"));
            }
        }
    }

    private static async Task<Dictionary<string, long>> FloorCountsAsync(NpgsqlConnection connection)
    {
        await using var batch = new NpgsqlBatch(connection);
        foreach (var sql in PeerQueries.FloorCounts)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(sql));
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await batch.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[$"inburgeraars {reader.GetString(0)}"] = reader.GetInt64(1);
        }

        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            var key = $"deelnames {reader.GetString(0)}/{ReportCells.Label(reader.IsDBNull(1) ? "-" : reader.GetString(1))}";
            counts[key] = reader.GetInt64(2);
            counts[key + " personen"] = reader.GetInt64(3);
        }

        return counts;
    }

    /// <summary>Runs the page's hand-written SQL; returns the ids of the page (at most 50) and the total.</summary>
    private static async Task<(List<long> Ids, long Total)> FloorPageAsync(NpgsqlConnection connection)
    {
        long total = 0;
        var ids = new List<long>();
        await using (var page = new NpgsqlCommand(PeerQueries.FloorPage, connection))
        await using (var reader = await page.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetInt64(0));
                total = reader.GetInt64(3);
            }
        }

        await using var batch = new NpgsqlBatch(connection);
        foreach (var sql in PeerQueries.FloorRelations)
        {
            var command = new NpgsqlBatchCommand(sql);
            if (sql.Contains("@ids", StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.Take(50).ToArray() });
            }

            batch.BatchCommands.Add(command);
        }

        await using var relations = await batch.ExecuteReaderAsync();
        do
        {
            while (await relations.ReadAsync())
            {
                // read every row, as a client would
            }
        }
        while (await relations.NextResultAsync());
        return ([.. ids.Take(50)], total);
    }

    private static string Ms(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture) + " ms";

    /// <summary>Wall-clock durations in milliseconds.</summary>
    private sealed class Latencies
    {
        private readonly List<double> _ms = [];

        public double P50
        {
            get
            {
                var sorted = _ms.Order().ToList();
                return sorted[Math.Clamp((int)Math.Ceiling(0.5 * sorted.Count) - 1, 0, sorted.Count - 1)];
            }
        }

        public async Task TimeAsync(Func<Task> run)
        {
            var stopwatch = Stopwatch.StartNew();
            await run();
            _ms.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
    }
}

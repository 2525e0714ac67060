using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Inburgering.Hub.Bench.Query.Dataset;

namespace Inburgering.Hub.Bench;

/// <summary>
/// Ingest benchmark (<c>ingest</c>, the default). The parent generates the files and starts one
/// child process per measurement (so every peak-memory figure belongs to that measurement alone),
/// then prints the report.
/// </summary>
internal static class IngestBenchmark
{
    private const string ResultPrefix = "@@RESULT ";
    private const double TargetShareOfPlain = 0.80;
    private const double TargetMemoryGrowth = 1.25;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = BenchOptions.Parse(args);
        if (options.Phase is not null)
        {
            return await RunPhaseAsync(options);
        }

        Directory.CreateDirectory(options.Work);
        Console.WriteLine($"Inburgering.Hub ingest benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, work folder {options.Work}, load {Load()}");
        var sizes = new[] { options.Small, options.Rows }.Where(s => s > 0).Distinct().Order().ToList();
        var files = new Dictionary<int, string>();
        foreach (var size in sizes)
        {
            var file = Path.Combine(options.Work, size.ToString(CultureInfo.InvariantCulture), "inbox", "coa-koppelingen-20250101.csv");
            var generate = Stopwatch.StartNew();
            CoaFileGenerator.Write(file, size);
            files[size] = file;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {size:N0} rows ({new FileInfo(file).Length / 1048576.0:F1} MiB, Windows-1252) in {generate.Elapsed.TotalSeconds:F1} s"));
        }

        var passed = true;
        foreach (var provider in options.Providers)
        {
            PostgresCluster? cluster = null;
            if (provider == BenchProvider.PostgreSql)
            {
                cluster = await PostgresCluster.StartAsync(options.Postgres, options.Work);
                if (cluster is null)
                {
                    Console.WriteLine("PostgreSQL: skipped (no server; give --pg or HUB_BENCH_POSTGRES, or install PostgreSQL so the bench can start a cluster).");
                    continue;
                }
            }

            try
            {
                BenchDatabase Database(string name) => cluster is null
                    ? BenchDatabase.Sqlite(Path.Combine(options.Work, name + ".db"))
                    : new BenchDatabase(BenchProvider.PostgreSql, cluster.For("hub_bench_ingest_" + name));
                var hub = new Dictionary<int, PhaseResult>();
                foreach (var size in sizes)
                {
                    var database = Database("hub_" + size.ToString(CultureInfo.InvariantCulture));
                    hub[size] = await RunChildAsync("hub", "--provider", database.Label, "--file", files[size], "--db", database.ConnectionStringOrPath());
                    Print(hub[size]);
                }

                var plainDatabase = Database("plain");
                var plainFolder = Path.Combine(options.Work, "plain");
                Directory.CreateDirectory(plainFolder);
                var plain = await RunChildAsync("plain", "--provider", plainDatabase.Label, "--rows", options.Rows.ToString(CultureInfo.InvariantCulture), "--file", plainFolder, "--db", plainDatabase.ConnectionStringOrPath());
                Print(plain);
                PhaseResult? copy = null;
                if (provider == BenchProvider.PostgreSql)
                {
                    var copyDatabase = Database("copy");
                    copy = await RunChildAsync("copy", "--provider", copyDatabase.Label, "--rows", options.Rows.ToString(CultureInfo.InvariantCulture), "--file", plainFolder, "--db", copyDatabase.ConnectionStringOrPath());
                    Print(copy);
                }

                passed &= Report(options, hub, plain, copy);
            }
            finally
            {
                if (cluster is not null)
                {
                    await cluster.DisposeAsync();
                }
            }
        }

        Console.WriteLine($"load at the end: {Load()}");
        return passed ? 0 : 1;
    }

    /// <summary>The load averages of /proc/loadavg (1, 5, 15 minutes), or "n/a".</summary>
    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string ConnectionStringOrPath(this BenchDatabase database) =>
        database.Provider == BenchProvider.Sqlite ? database.Path : database.ConnectionString;

    private static async Task<int> RunPhaseAsync(BenchOptions options)
    {
        var database = options.Providers is [BenchProvider.PostgreSql]
            ? new BenchDatabase(BenchProvider.PostgreSql, options.Database!)
            : BenchDatabase.Sqlite(options.Database!);
        var result = options.Phase switch
        {
            "hub" => await HubPhase.RunAsync(options.File!, database, CountRows(options.File!)),
            "plain" => await PlainInsertPhase.RunAsync(database, options.File!, options.Rows),
            "copy" => await PlainInsertPhase.RunAsync(database, options.File!, options.Rows, copy: true),
            _ => throw new ArgumentException($"Unknown phase '{options.Phase}'."),
        };
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
        return 0;
    }

    private static int CountRows(string file)
    {
        var lines = 0;
        foreach (var _ in File.ReadLines(file, CoaFileGenerator.Windows1252))
        {
            lines++;
        }

        return lines - 1;
    }

    private static async Task<PhaseResult> RunChildAsync(string phase, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(IngestBenchmark).Assembly.Location);
        }

        start.ArgumentList.Add("ingest");

        start.ArgumentList.Add("--phase");
        start.ArgumentList.Add(phase);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        PhaseResult? result = null;
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(ResultPrefix, StringComparison.Ordinal))
            {
                result = JsonSerializer.Deserialize<PhaseResult>(line[ResultPrefix.Length..]);
            }
            else
            {
                Console.WriteLine("  | " + line);
            }
        }

        await child.WaitForExitAsync();
        return result ?? throw new InvalidOperationException($"Phase '{phase}' exited with code {child.ExitCode} without a result.");
    }

    private static void Print(PhaseResult r) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {r.Provider,-10} {r.Phase,-5} {r.Rows,10:N0} rows  {r.Seconds,7:F2} s{(r.CpuSeconds > 0 ? $" (cpu {r.CpuSeconds:F1} s)" : ""),-14}  {r.RowsPerSecond,9:N0} rows/s  peak WS {Mib(r.PeakWorkingSet),6:F0} MiB  peak heap {Mib(r.PeakManagedHeap),6:F0} MiB  peak private {Mib(r.PeakPrivate),6:F0} MiB  [{r.Pragmas}] {r.Detail}"));

    /// <summary>
    /// Prints the table of one provider; PASS/FAIL against the floor (<paramref name="plain"/>: prepared
    /// single-row INSERTs on both providers, see <see cref="PlainInsertPhase"/>). <paramref name="copy"/>
    /// (PostgreSQL's binary COPY of the same rows) is a reference line with the hub's ratio to it and no target.
    /// </summary>
    private static bool Report(BenchOptions options, Dictionary<int, PhaseResult> hub, PhaseResult plain, PhaseResult? copy)
    {
        var large = hub[options.Rows];
        var share = large.RowsPerSecond / plain.RowsPerSecond;
        var rows = new List<(string Measure, string Value, string Target, bool Pass)>
        {
            ($"hub ingest rows/s ({large.Rows:N0} rows)", string.Create(CultureInfo.InvariantCulture, $"{large.RowsPerSecond:N0} (cpu {large.CpuSeconds * 1e6 / large.Rows:F0} µs/row)"), "", true),
            ($"plain insert rows/s ({plain.Detail.Split(',')[0]})", plain.RowsPerSecond.ToString("N0", CultureInfo.InvariantCulture), "", true),
            ("hub / plain", share.ToString("P0", CultureInfo.InvariantCulture), "≥ 80 %", share >= TargetShareOfPlain),
        };
        if (copy is not null)
        {
            rows.Add(("COPY reference rows/s (binary COPY)", copy.RowsPerSecond.ToString("N0", CultureInfo.InvariantCulture), "", true));
            rows.Add(("hub / COPY reference", (large.RowsPerSecond / copy.RowsPerSecond).ToString("P0", CultureInfo.InvariantCulture), "", true));
        }

        if (options.Small > 0 && options.Small < options.Rows)
        {
            var small = hub[options.Small];
            var growth = (double)large.PeakPrivate / small.PeakPrivate;
            rows.Add(($"peak working set {small.Rows:N0} → {large.Rows:N0}", $"{Mib(small.PeakWorkingSet):F0} → {Mib(large.PeakWorkingSet):F0} MiB", "", true));
            rows.Add(($"peak private memory (RssAnon) at {small.Rows:N0} rows", $"{Mib(small.PeakPrivate):F0} MiB", "", true));
            rows.Add(($"peak private memory (RssAnon) at {large.Rows:N0} rows", $"{Mib(large.PeakPrivate):F0} MiB", "", true));
            rows.Add(($"peak managed heap {small.Rows:N0} → {large.Rows:N0}", $"{Mib(small.PeakManagedHeap):F0} → {Mib(large.PeakManagedHeap):F0} MiB", "", true));
            rows.Add(($"peak private memory growth for {(double)large.Rows / small.Rows:F0}× the rows", growth.ToString("F2", CultureInfo.InvariantCulture) + "×", "≤ 1.25× (independent of file size)", growth <= TargetMemoryGrowth));
        }

        foreach (var result in hub.Values.Append(plain).Concat(copy is null ? [] : [copy]))
        {
            rows.Add(($"correct ({result.Phase}, {result.Rows:N0} rows)", result.Problems.Count == 0 ? "ok" : string.Join("; ", result.Problems), result.Phase == "hub" ? "counts == N, no duplicates, statistics" : "counts == N", result.Problems.Count == 0));
        }

        Console.WriteLine();
        Console.WriteLine($"Ingest on {large.Provider} ({large.Pragmas})");
        Console.WriteLine($"| {"measure",-44} | {"value",-22} | {"target",-34} | result |");
        Console.WriteLine($"|{new string('-', 46)}|{new string('-', 24)}|{new string('-', 36)}|--------|");
        foreach (var (measure, value, target, pass) in rows)
        {
            var verdict = target.Length == 0 ? "" : pass ? "PASS" : "FAIL";
            Console.WriteLine($"| {measure,-44} | {value,-22} | {target,-34} | {verdict,-6} |");
        }

        return rows.All(r => r.Pass);
    }

    private static double Mib(long bytes) => bytes / 1048576.0;
}

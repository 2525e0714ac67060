using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Inburgering.Hub.Bench.Query;

/// <summary>
/// Introspection benchmark: graphql-js's standard introspection query with every option (the file the
/// server tests pin) through the hub's HTTP endpoint on an empty database, answered from the
/// introspection cache (the same document every run) against executed every run (the same document
/// with a different comment each run, so the cache never holds it). Reports both as wall-clock p50 and
/// process CPU per request (hub and in-process client together), and the ratio of the CPU figures
/// (target ≤ 0.5: the cache takes away the execution, at least half of the work; parsing, validation
/// with the caller's limits, audit and serialising the 330 kB answer remain per request).
/// </summary>
internal static class IntrospectionBenchmark
{
    private const double TargetRatio = 0.5;

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args is ["--runs", var n, ..] ? int.Parse(n, CultureInfo.InvariantCulture) : 50;
        var work = Path.Combine(Path.GetTempPath(), "inburgering-hub-bench", "introspection", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        Console.WriteLine($"Inburgering.Hub introspection benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {runs} runs each");
        var query = await File.ReadAllTextAsync(Path.Combine(RepoRoot(), "tests", "Inburgering.Hub.Server.Tests", "Schema", "Introspection", "all-options.graphql"));
        var figures = new Figures();
        try
        {
            await using var host = new HubHost(Dataset.BenchDatabase.Sqlite(Path.Combine(work, "hub.db")), work);
            using var client = host.ClientAs("medewerker", ["GM0405"]);
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
            var bytes = await PostAsync(client, query);

            var cached = await Timings.MeasureAsync(runs, () => PostAsync(client, query));
            var run = 0;
            var executed = await Timings.MeasureAsync(runs, () => PostAsync(client, $"# run {Interlocked.Increment(ref run)}\n{query}"));

            var ratio = cached.CpuMsPerRun / executed.CpuMsPerRun;
            figures.Add("answer size", string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes"));
            figures.Add("executed every request", string.Create(CultureInfo.InvariantCulture, $"p50 {executed.P50:F1} ms, CPU {executed.CpuMsPerRun:F1} ms"));
            figures.Add("answered from the cache", string.Create(CultureInfo.InvariantCulture, $"p50 {cached.P50:F1} ms, CPU {cached.CpuMsPerRun:F1} ms"));
            figures.Add("CPU cached / executed", string.Create(CultureInfo.InvariantCulture, $"{ratio:F2}"), string.Create(CultureInfo.InvariantCulture, $"≤ {TargetRatio:F2}"), ratio <= TargetRatio);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }

        figures.Print();
        return figures.AllPass ? 0 : 1;
    }

    /// <summary>POSTs <paramref name="query"/>, requires 200 without errors, returns the size of the answer.</summary>
    private static async Task<long> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode || body.AsSpan().IndexOf("\"errors\""u8) >= 0)
        {
            throw new InvalidOperationException($"introspection failed ({(int)response.StatusCode}): {System.Text.Encoding.UTF8.GetString(body[..Math.Min(body.Length, 2000)])}");
        }

        return body.LongLength;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Inburgering.Hub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Inburgering.Hub.sln not found above {AppContext.BaseDirectory}.");
    }
}

using System.Globalization;
using Inburgering.Hub.Bench.Query.Dataset;

namespace Inburgering.Hub.Bench.Query;

/// <summary>
/// Command line of <c>query</c>:
/// <c>[--persons 200000] [--runs 10] [--page-runs 50] [--work DIR] [--explain] [--provider sqlite|postgresql|both]
/// [--pg CONNECTION] [--peer | --no-peer] [--prepare]</c>.
/// </summary>
internal sealed record QueryOptions
{
    public const string PostgresVariable = "HUB_BENCH_POSTGRES";

    private const string Usage =
        "Usage: query [--persons 200000] [--runs 10] [--page-runs 50] [--work DIR] [--explain] "
        + "[--provider sqlite|postgresql|both] [--pg CONNECTION] [--peer|--no-peer] [--prepare]";

    public int Persons { get; init; } = 200_000;

    /// <summary>Timed runs of the report (and of the hand-written SQL) after one warm-up.</summary>
    public int Runs { get; init; } = 10;

    /// <summary>Timed runs of the page query after the warm-up.</summary>
    public int PageRuns { get; init; } = 50;

    /// <summary>Print each hub statement of one report and one page request with its time and query plan.</summary>
    public bool Explain { get; init; }

    public string Work { get; init; } = Path.Combine(Path.GetTempPath(), "inburgering-hub-bench");

    /// <summary>The providers to run on; null: both where PostgreSQL can be reached or started, else SQLite.</summary>
    public IReadOnlyList<BenchProvider>? Providers { get; init; }

    /// <summary>
    /// A PostgreSQL server to use (a role that may create databases): <c>--pg</c>, else
    /// <c>HUB_BENCH_POSTGRES</c>; null: the bench starts a cluster of its own under the work folder.
    /// </summary>
    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Only generate (or check) the data sets of the chosen providers, then stop.</summary>
    public bool Prepare { get; init; }

    /// <summary>The PostGraphile peer step; null: on whenever PostgreSQL runs.</summary>
    public bool? Peer { get; init; }

    public static QueryOptions Parse(string[] args)
    {
        var options = new QueryOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--explain":
                    options = options with { Explain = true };
                    continue;
                case "--peer":
                    options = options with { Peer = true };
                    continue;
                case "--no-peer":
                    options = options with { Peer = false };
                    continue;
                case "--prepare":
                    options = options with { Prepare = true };
                    continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value. {Usage}");
            options = args[i] switch
            {
                "--persons" => options with { Persons = int.Parse(value, CultureInfo.InvariantCulture) },
                "--runs" => options with { Runs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--page-runs" => options with { PageRuns = int.Parse(value, CultureInfo.InvariantCulture) },
                "--work" => options with { Work = Path.GetFullPath(value) },
                "--provider" => options with { Providers = ParseProviders(value) },
                "--pg" => options with { Postgres = value },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'. {Usage}"),
            };
            i++;
        }

        return options;
    }

    private static BenchProvider[] ParseProviders(string value) => value.ToUpperInvariant() switch
    {
        "SQLITE" => [BenchProvider.Sqlite],
        "POSTGRESQL" or "POSTGRES" or "PG" => [BenchProvider.PostgreSql],
        "BOTH" => [BenchProvider.Sqlite, BenchProvider.PostgreSql],
        _ => throw new ArgumentException($"--provider {value}: expected sqlite, postgresql or both. {Usage}"),
    };
}

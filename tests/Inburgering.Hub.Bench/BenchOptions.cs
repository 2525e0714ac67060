using System.Globalization;
using Inburgering.Hub.Bench.Query;
using Inburgering.Hub.Bench.Query.Dataset;

namespace Inburgering.Hub.Bench;

/// <summary>
/// Command line of <c>ingest</c>: <c>[--rows N] [--small N] [--work DIR] [--provider sqlite|postgresql|both]
/// [--pg CONNECTION]</c>; a child process gets <c>--phase hub|plain|copy --provider P --db D [--file F]</c>.
/// </summary>
internal sealed record BenchOptions
{
    public const string Usage =
        "Usage: ingest [--rows 1000000] [--small 100000] [--work DIR] [--provider sqlite|postgresql|both] [--pg CONNECTION]";

    public int Rows { get; init; } = 1_000_000;

    /// <summary>A smaller size ingested in the same invocation, to show that peak memory does not grow with the file (0: skip).</summary>
    public int Small { get; init; } = 100_000;

    public string Work { get; init; } = Path.Combine(Path.GetTempPath(), "inburgering-hub-bench");

    /// <summary>The stores to measure on (default both; PostgreSQL is skipped, with the reason, when no server can be had).</summary>
    public IReadOnlyList<BenchProvider> Providers { get; init; } = [BenchProvider.Sqlite, BenchProvider.PostgreSql];

    /// <summary>
    /// A PostgreSQL server (a role that may create databases): <c>--pg</c>, else <c>HUB_BENCH_POSTGRES</c>;
    /// null: the bench starts a throwaway cluster under the work folder, as .ci/postgres.sh does.
    /// </summary>
    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable(QueryOptions.PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Set in a child process: <c>hub</c> or <c>plain</c>.</summary>
    public string? Phase { get; init; }

    public string? File { get; init; }

    /// <summary>In a child process: the SQLite file, or the PostgreSQL connection string of the database to (re)create.</summary>
    public string? Database { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value. {Usage}");
            options = args[i] switch
            {
                "--rows" => options with { Rows = int.Parse(value, CultureInfo.InvariantCulture) },
                "--small" => options with { Small = int.Parse(value, CultureInfo.InvariantCulture) },
                "--work" => options with { Work = Path.GetFullPath(value) },
                "--provider" => options with { Providers = ParseProviders(value) },
                "--pg" => options with { Postgres = value },
                "--phase" => options with { Phase = value },
                "--file" => options with { File = value },
                "--db" => options with { Database = value },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'. {Usage}"),
            };
            i++;
        }

        return options;
    }

    private static BenchProvider[] ParseProviders(string value) => value.ToUpperInvariant() switch
    {
        "SQLITE" => [BenchProvider.Sqlite],
        "POSTGRESQL" or "POSTGRES" => [BenchProvider.PostgreSql],
        "BOTH" => [BenchProvider.Sqlite, BenchProvider.PostgreSql],
        _ => throw new ArgumentException($"--provider {value}: expected sqlite, postgresql or both. {Usage}"),
    };
}

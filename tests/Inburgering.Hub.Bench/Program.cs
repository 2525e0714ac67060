using Inburgering.Hub.Bench.Query;

namespace Inburgering.Hub.Bench;

/// <summary>
/// Benchmarks of the hub, chosen by the first argument: <c>ingest</c> (the default: COA file
/// through the sync engine) or <c>query</c> (voortgangsrapportage and a filtered page on a
/// generated region).
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args) => args switch
    {
        ["query", .. var rest] => await QueryBenchmark.RunAsync(QueryOptions.Parse(rest)),
        ["ingest", .. var rest] => await IngestBenchmark.RunAsync(rest),
        _ => await IngestBenchmark.RunAsync(args),
    };
}

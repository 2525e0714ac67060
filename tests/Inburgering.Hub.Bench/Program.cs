using Inburgering.Hub.Bench.Query;

namespace Inburgering.Hub.Bench;

/// <summary>
/// Benchmarks of the hub, chosen by the first argument: <c>ingest</c> (the default: COA file
/// through the sync engine), <c>query</c> (voortgangsrapportage and a filtered page on a
/// generated region), <c>throughput</c> (only the page's throughput, for a profiler) or <c>introspection</c> (the standard introspection query, cached against executed).
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args) => args switch
    {
        ["query", .. var rest] => await QueryBenchmark.RunAsync(QueryOptions.Parse(rest)),
        ["ingest", .. var rest] => await IngestBenchmark.RunAsync(rest),
        ["introspection", .. var rest] => await IntrospectionBenchmark.RunAsync(rest),
        ["throughput", .. var rest] => await Query.Peer.ThroughputProbe.RunAsync(rest),
        _ => await IngestBenchmark.RunAsync(args),
    };
}

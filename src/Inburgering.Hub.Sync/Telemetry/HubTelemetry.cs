using System.Diagnostics;
using System.Diagnostics.Metrics;
using Inburgering.Hub.Domain.Operational;

namespace Inburgering.Hub.Sync.Telemetry;

/// <summary>
/// The hub's OpenTelemetry instruments: one <see cref="Meter"/> and one <see cref="ActivitySource"/>
/// named <see cref="Name"/> (exported over OTLP only when configured; see the README, Telemetry).
/// Sync runs: <c>hub.sync.run.duration</c> (histogram, s; <c>hub.connector</c>, <c>hub.sync.status</c>),
/// <c>hub.sync.rows</c> (counter, {record}; <c>hub.connector</c>, <c>hub.sync.outcome</c> = read, inserted,
/// updated, unchanged, deleted), <c>hub.sync.quarantined</c> (counter, {record}; <c>hub.connector</c>),
/// <c>hub.sync.batches</c> (counter, {batch}, committed batches; <c>hub.connector</c>, <c>hub.sync.written</c> =
/// beside (next to the batch before it, <c>Hub:Sync:BatchesInFlight</c>) or alone), and a trace span <c>sync.run</c> per run. GraphQL: <c>hub.graphql.request.duration</c> (histogram, s;
/// <c>graphql.operation.name</c>, <c>hub.roles</c>, <c>hub.outcome</c>), <c>hub.graphql.sql_statements</c>
/// (histogram, {statement}, per request; same attributes), <c>hub.guard.trips</c> (counter, {request};
/// <c>hub.guard</c> = rate_limit, document, complexity, timeout). Attributes never hold personal data.
/// </summary>
public static class HubTelemetry
{
    public const string Name = "Inburgering.Hub";

    public static readonly ActivitySource ActivitySource = new(Name);

    public static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> RunDuration = Meter.CreateHistogram<double>(
        "hub.sync.run.duration", "s", "Duration of a sync run, start to end, by connector and final status.");

    private static readonly Counter<long> Rows = Meter.CreateCounter<long>(
        "hub.sync.rows", "{record}", "Records of sync runs by connector and outcome (read, inserted, updated, unchanged, deleted).");

    private static readonly Counter<long> Quarantined = Meter.CreateCounter<long>(
        "hub.sync.quarantined", "{record}", "Records set aside in quarantine by sync runs, by connector.");

    private static readonly Counter<long> Batches = Meter.CreateCounter<long>(
        "hub.sync.batches", "{batch}", "Committed sync batches by connector and how they were written: beside the batch before them (on a connection of their own) or alone.");

    /// <summary>The <c>HttpContext.Items</c> key of the request's SQL statement count (a <c>StrongBox&lt;int&gt;</c>), kept by the host's command interceptor.</summary>
    public const string SqlStatementsKey = "Inburgering.Hub.SqlStatements";

    private static readonly Histogram<double> GraphQLDuration = Meter.CreateHistogram<double>(
        "hub.graphql.request.duration", "s", "Duration of a GraphQL request, by operation name, the caller's roles and outcome.");

    private static readonly Histogram<int> SqlStatements = Meter.CreateHistogram<int>(
        "hub.graphql.sql_statements", "{statement}", "SQL statements one GraphQL request sent to the database.");

    private static readonly Counter<long> GuardTrips = Meter.CreateCounter<long>(
        "hub.guard.trips", "{request}", "Requests refused by a guard: rate_limit, document (size), complexity (cost or depth), timeout.");

    /// <summary>
    /// Records a finished GraphQL request: its duration and SQL statement count under its operation name
    /// (at most 64 characters; <c>(anonymous)</c> without one), the caller's roles (sorted, comma-separated;
    /// <c>(none)</c>) and <paramref name="outcome"/>, and tags the request's trace span with them.
    /// </summary>
    public static void GraphQLRequest(IDictionary<object, object?> requestItems, string? operationName, string roles, TimeSpan duration, string outcome)
    {
        ArgumentNullException.ThrowIfNull(requestItems);
        var operation = string.IsNullOrWhiteSpace(operationName) ? "(anonymous)" : operationName.Length > 64 ? operationName[..64] : operationName;
        var tags = new TagList
        {
            { "graphql.operation.name", operation },
            { "hub.roles", roles.Length == 0 ? "(none)" : roles },
            { "hub.outcome", outcome },
        };
        GraphQLDuration.Record(duration.TotalSeconds, tags);
        if (requestItems.TryGetValue(SqlStatementsKey, out var box) && box is System.Runtime.CompilerServices.StrongBox<int> count)
        {
            SqlStatements.Record(count.Value, tags);
        }

        Activity.Current?.SetTag("graphql.operation.name", operation);
        Activity.Current?.SetTag("hub.outcome", outcome);
    }

    /// <summary>Counts a request refused by <paramref name="guard"/> (rate_limit, document, complexity, timeout).</summary>
    public static void GuardTrip(string guard) => GuardTrips.Add(1, new KeyValuePair<string, object?>("hub.guard", guard));

    /// <summary>Counts a committed batch of <paramref name="connector"/>, written <paramref name="beside"/> the batch before it or alone.</summary>
    public static void BatchCommitted(string connector, bool beside) =>
        Batches.Add(1, new KeyValuePair<string, object?>("hub.connector", connector), new KeyValuePair<string, object?>("hub.sync.written", beside ? "beside" : "alone"));

    /// <summary>Starts the trace span of <paramref name="run"/> (null when nobody listens).</summary>
    public static Activity? StartRun(SyncRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var activity = ActivitySource.StartActivity("sync.run");
        activity?.SetTag("hub.connector", run.Connector);
        activity?.SetTag("hub.sync.run_id", run.Id);
        activity?.SetTag("hub.sync.trigger", run.Trigger.ToString());
        return activity;
    }

    /// <summary>Records the metrics of the finished <paramref name="run"/> and closes its span.</summary>
    public static void RunEnded(SyncRun run, Activity? activity)
    {
        ArgumentNullException.ThrowIfNull(run);
        var connector = new KeyValuePair<string, object?>("hub.connector", run.Connector);
        var status = run.Status.ToString();
        var duration = ((run.EndedAt ?? run.StartedAt) - run.StartedAt).TotalSeconds;
        RunDuration.Record(duration, connector, new("hub.sync.status", status));
        foreach (var (outcome, count) in new[] { ("read", run.Read), ("inserted", run.Inserted), ("updated", run.Updated), ("unchanged", run.Unchanged), ("deleted", run.Deleted) })
        {
            Rows.Add(count, connector, new("hub.sync.outcome", outcome));
        }

        Quarantined.Add(run.Quarantined, connector);
        if (activity is not null)
        {
            activity.SetTag("hub.sync.status", status);
            activity.SetTag("hub.sync.rows.read", run.Read);
            activity.SetTag("hub.sync.quarantined", run.Quarantined);
            activity.SetStatus(run.Status is SyncRunStatus.Failed ? ActivityStatusCode.Error : ActivityStatusCode.Ok, run.Status is SyncRunStatus.Failed ? "sync run failed" : null);
        }
    }
}

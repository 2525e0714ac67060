using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Inburgering.Hub.Server.Tests.Support;
using Inburgering.Hub.Sync.Telemetry;

namespace Inburgering.Hub.Server.Tests.Operations;

/// <summary>
/// The <c>Inburgering.Hub</c> meter and activity source, read with a <see cref="MeterListener"/> and an
/// <see cref="ActivityListener"/> while the real hub ingests a COA file and answers GraphQL requests.
/// Measurements of this test are told from those of tests running beside it by an async-local marker
/// (sync runs) and a unique operation name (GraphQL).
/// </summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private static readonly AsyncLocal<string?> Marker = new();
    private readonly string _marker = Guid.NewGuid().ToString("N");
    private readonly ConcurrentQueue<(string Name, double Value, Dictionary<string, object?> Tags, string? Marker)> _measurements = new();
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _traces;
    private readonly SeededHub _hub = new();

    public TelemetryTests()
    {
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == HubTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<double>((i, v, t, _) => Add(i, v, t));
        _meters.SetMeasurementEventCallback<long>((i, v, t, _) => Add(i, v, t));
        _meters.SetMeasurementEventCallback<int>((i, v, t, _) => Add(i, v, t));
        _meters.Start();
        _traces = new ActivityListener
        {
            ShouldListenTo = s => s.Name == HubTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (Marker.Value == _marker)
                {
                    _activities.Enqueue(a);
                }
            },
        };
        ActivitySource.AddActivityListener(_traces);
    }

    public async Task InitializeAsync()
    {
        await _hub.InitializeAsync();
        Marker.Value = _marker;
        CoaFiles.WriteKoppelingen(_hub.Inbox, "20240105",
        [
            CoaFiles.Koppeling("T-H1", CoaFiles.Bsns(3)[0], CoaFiles.VNummer(11), "GM0405"),
            CoaFiles.Koppeling("T-H2", CoaFiles.Bsns(3)[1], CoaFiles.VNummer(12), "GM0405"),
            CoaFiles.Koppeling("T-E1", CoaFiles.Bsns(3)[2], CoaFiles.VNummer(13), "GM0388"),
        ]);
        await _hub.IngestAsync();
        Marker.Value = null;
    }

    public async Task DisposeAsync()
    {
        _meters.Dispose();
        _traces.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public void Sync_run_records_duration_rows_quarantine_and_a_span()
    {
        var mine = _measurements.Where(m => m.Marker == _marker).ToList();
        var duration = Assert.Single(mine, m => m.Name == "hub.sync.run.duration");
        Assert.Equal("coa", duration.Tags["hub.connector"]);
        Assert.Equal("Succeeded", duration.Tags["hub.sync.status"]);
        Assert.InRange(duration.Value, 0.0001, 60);

        double Rows(string outcome) => Assert.Single(mine, m => m.Name == "hub.sync.rows" && (string?)m.Tags["hub.sync.outcome"] == outcome).Value;
        Assert.Equal(3, Rows("read"));
        Assert.Equal(3, Rows("inserted"));
        Assert.Equal(0, Rows("updated"));
        Assert.Equal(0, Assert.Single(mine, m => m.Name == "hub.sync.quarantined").Value);

        var span = Assert.Single(_activities, a => a.OperationName == "sync.run");
        Assert.Equal("coa", span.GetTagItem("hub.connector"));
        Assert.Equal("Succeeded", span.GetTagItem("hub.sync.status"));
        Assert.Equal(ActivityStatusCode.Ok, span.Status);
    }

    [Fact]
    public async Task GraphQL_request_records_duration_by_operation_and_role_and_its_sql_statements()
    {
        var operation = "TelemetryProbe" + _marker[..8];
        using var client = _hub.ClientAs("medewerker", "GM0405");
        var data = await client.DataAsync($"query {operation} {{ koppelingen(first: 10) {{ totalCount nodes {{ gemeenteCode }} }} }}");
        Assert.Equal(2, data["koppelingen"]!["nodes"].Items().Count);

        var duration = Assert.Single(_measurements, m => m.Name == "hub.graphql.request.duration" && (string?)m.Tags["graphql.operation.name"] == operation);
        Assert.Equal("medewerker", duration.Tags["hub.roles"]);
        Assert.Equal("ok", duration.Tags["hub.outcome"]);
        Assert.InRange(duration.Value, 0.00001, 30);
        var statements = Assert.Single(_measurements, m => m.Name == "hub.graphql.sql_statements" && (string?)m.Tags["graphql.operation.name"] == operation);
        Assert.InRange(statements.Value, 1, 20); // the page and its totalCount: at least one statement, and a bounded number
    }

    [Fact]
    public async Task Refused_document_is_a_guard_trip()
    {
        double Trips() => _measurements.Where(m => m.Name == "hub.guard.trips" && (string?)m.Tags["hub.guard"] == "document").Sum(m => m.Value);
        var before = Trips();
        using var client = _hub.ClientAs("medewerker", "GM0405");
        using var response = await client.PostQueryAsync("{ gemeenten { code } }" + new string(' ', 70_000) + "#");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(Trips() >= before + 1, "a refused document counts as a trip of the document guard");
    }

    private void Add<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            dictionary[tag.Key] = tag.Value;
        }

        _measurements.Enqueue((instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), dictionary, Marker.Value));
    }

    private sealed class SeededHub : HubFactory;
}

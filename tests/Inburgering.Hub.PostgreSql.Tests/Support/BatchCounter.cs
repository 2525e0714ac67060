using System.Diagnostics.Metrics;
using Inburgering.Hub.Sync.Telemetry;

namespace Inburgering.Hub.PostgreSql.Tests.Support;

/// <summary>Counts <c>hub.sync.batches</c> by how the batch was written.</summary>
internal sealed class BatchCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private int _beside;
    private int _alone;

    public BatchCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == HubTelemetry.Name && instrument.Name == "hub.sync.batches")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "hub.sync.written")
                {
                    if (Equals(tag.Value, "beside"))
                    {
                        Interlocked.Add(ref _beside, (int)value);
                    }
                    else
                    {
                        Interlocked.Add(ref _alone, (int)value);
                    }
                }
            }
        });
        _listener.Start();
    }

    public int Beside => Volatile.Read(ref _beside);

    public int Alone => Volatile.Read(ref _alone);

    public void Dispose() => _listener.Dispose();
}

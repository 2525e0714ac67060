using System.Diagnostics;

namespace Inburgering.Hub.Bench;

/// <summary>Samples the working set and the managed heap every 50 ms and keeps the peaks.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peakWorkingSet;
    private long _peakManagedHeap;

    public MemorySampler() => _loop = Task.Run(LoopAsync);

    public long PeakWorkingSet => Math.Max(Interlocked.Read(ref _peakWorkingSet), Environment.WorkingSet);

    public long PeakManagedHeap => Math.Max(Interlocked.Read(ref _peakManagedHeap), GC.GetTotalMemory(false));

    /// <summary>The kernel's high-water mark of the process' resident set (VmHWM on Linux).</summary>
    public static long ProcessPeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            do
            {
                Sample();
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
            Sample();
        }
    }

    private void Sample()
    {
        Max(ref _peakWorkingSet, Environment.WorkingSet);
        Max(ref _peakManagedHeap, GC.GetTotalMemory(false));
    }

    private static void Max(ref long peak, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, value, seen) != seen)
        {
        }
    }
}

using System.Diagnostics;

namespace Inburgering.Hub.Bench;

/// <summary>
/// Samples the working set, the process' private (anonymous) resident memory and the managed heap every
/// 50 ms and keeps the peaks. The private figure (RssAnon of /proc/self/status on Linux) is what the
/// process itself owns: heap, stacks, native buffers, SQLite's page cache. It leaves out mapped file pages
/// (SQLite's <c>mmap_size</c> maps the database file, which the kernel counts in the working set and may
/// evict at any time), so it is the figure that must not grow with the file.
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peakWorkingSet;
    private long _peakManagedHeap;
    private long _peakPrivate;

    public MemorySampler() => _loop = Task.Run(LoopAsync);

    public long PeakWorkingSet => Math.Max(Interlocked.Read(ref _peakWorkingSet), Environment.WorkingSet);

    public long PeakManagedHeap => Math.Max(Interlocked.Read(ref _peakManagedHeap), GC.GetTotalMemory(false));

    /// <summary>Peak private resident memory (RssAnon); the working set where /proc is not available.</summary>
    public long PeakPrivate => Math.Max(Interlocked.Read(ref _peakPrivate), PrivateResident());

    /// <summary>RssAnon of /proc/self/status in bytes, or the working set elsewhere.</summary>
    public static long PrivateResident()
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status))
        {
            return Environment.WorkingSet;
        }

        foreach (var line in File.ReadLines(Status))
        {
            if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                var kb = line["RssAnon:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return Environment.WorkingSet;
    }

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
        Max(ref _peakPrivate, PrivateResident());
    }

    private static void Max(ref long peak, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, value, seen) != seen)
        {
        }
    }
}

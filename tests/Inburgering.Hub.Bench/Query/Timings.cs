using System.Diagnostics;
using System.Globalization;

namespace Inburgering.Hub.Bench.Query;

/// <summary>Wall-clock durations of repeated runs, in milliseconds.</summary>
internal sealed class Timings
{
    private readonly List<double> _ms = [];

    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public double Max => _ms.Max();

    /// <summary>
    /// Process CPU time per timed run (SQLite runs in process): what a run costs when it does not
    /// wait for a core, so it reads the same on a busy shared machine.
    /// </summary>
    public double CpuMsPerRun { get; private set; }

    /// <summary>Runs <paramref name="run"/> once untimed (warm-up), then <paramref name="runs"/> times timed.</summary>
    public static async Task<Timings> MeasureAsync(int runs, Func<Task> run)
    {
        await run();
        var timings = new Timings();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await run();
            timings._ms.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        process.Refresh();
        timings.CpuMsPerRun = (process.TotalProcessorTime - cpu).TotalMilliseconds / runs;
        return timings;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {P50:F1} ms, p95 {P95:F1} ms, max {Max:F1} ms over {_ms.Count} runs; process CPU {CpuMsPerRun:F1} ms per run");

    /// <summary>Nearest-rank percentile.</summary>
    private double Percentile(double p)
    {
        var sorted = _ms.Order().ToList();
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}

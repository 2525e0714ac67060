using System.Diagnostics;

namespace Inburgering.Hub.Server.Tests.Hardening;

/// <summary>
/// Process CPU time (user + kernel, all threads) spent while an action runs: the cost of a request to
/// the in-process hub, plus whatever tests run beside it, so bounds are generous.
/// </summary>
internal static class CpuClock
{
    /// <summary>A refusal costs well under this, where the unbounded request cost 8–107 s (issue 13).</summary>
    public static readonly TimeSpan RefusalBound = TimeSpan.FromSeconds(2);

    public static async Task<(T Result, TimeSpan Cpu)> MeasureAsync<T>(Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        var result = await action();
        process.Refresh();
        return (result, process.TotalProcessorTime - before);
    }
}

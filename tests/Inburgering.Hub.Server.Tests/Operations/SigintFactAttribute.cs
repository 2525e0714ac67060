using System.Globalization;

namespace Inburgering.Hub.Server.Tests.Operations;

/// <summary>
/// A fact about <c>SIGINT</c> reaching a child process: skipped, with the reason, when this test process
/// ignores <c>SIGINT</c> (<c>SigIgn</c> in <c>/proc/self/status</c>). A shell without job control starts a
/// background command (<c>cmd &amp;</c>) with <c>SIGINT</c> ignored, every child inherits that, and .NET keeps a
/// signal ignored that was ignored at start: the hub would never see the signal, as a backgrounded
/// <c>hub sync</c> never sees Ctrl+C.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SigintFactAttribute : FactAttribute
{
    public SigintFactAttribute()
    {
        if (SigintIgnored())
        {
            Skip = "SIGINT is ignored in this test process (started in the background by a shell without job control), so its children ignore it too; run the tests in the foreground to test it.";
        }
    }

    private static bool SigintIgnored()
    {
        const string Field = "SigIgn:";
        if (!File.Exists("/proc/self/status"))
        {
            return false;
        }

        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(Field, StringComparison.Ordinal));
        return line is not null
            && ulong.TryParse(line[Field.Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var mask)
            && (mask & (1UL << (2 - 1))) != 0; // SIGINT is signal 2
    }
}

using System.Globalization;

namespace Inburgering.Hub.Bench;

/// <summary>Command line: <c>[--rows N] [--small N] [--work DIR] [--phase hub|plain --file F --db D]</c>.</summary>
internal sealed record BenchOptions
{
    public int Rows { get; init; } = 1_000_000;

    /// <summary>A smaller size ingested in the same invocation, to show that peak memory does not grow with the file (0: skip).</summary>
    public int Small { get; init; } = 100_000;

    public string Work { get; init; } = Path.Combine(Path.GetTempPath(), "inburgering-hub-bench");

    /// <summary>Set in a child process: <c>hub</c> or <c>plain</c>.</summary>
    public string? Phase { get; init; }

    public string? File { get; init; }

    public string? Database { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--rows" => options with { Rows = int.Parse(value, CultureInfo.InvariantCulture) },
                "--small" => options with { Small = int.Parse(value, CultureInfo.InvariantCulture) },
                "--work" => options with { Work = Path.GetFullPath(value) },
                "--phase" => options with { Phase = value },
                "--file" => options with { File = value },
                "--db" => options with { Database = value },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: [--rows 1000000] [--small 100000] [--work DIR]"),
            };
            i++;
        }

        return options;
    }
}

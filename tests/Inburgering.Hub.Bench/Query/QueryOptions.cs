using System.Globalization;

namespace Inburgering.Hub.Bench.Query;

/// <summary>Command line of <c>query</c>: <c>[--persons 200000] [--runs 10] [--page-runs 50] [--work DIR] [--explain]</c>.</summary>
internal sealed record QueryOptions
{
    public int Persons { get; init; } = 200_000;

    /// <summary>Timed runs of the report (and of the hand-written SQL) after one warm-up.</summary>
    public int Runs { get; init; } = 10;

    /// <summary>Timed runs of the page query after the warm-up.</summary>
    public int PageRuns { get; init; } = 50;

    /// <summary>Print each hub statement of one report and one page request with its time and query plan.</summary>
    public bool Explain { get; init; }

    public string Work { get; init; } = Path.Combine(Path.GetTempPath(), "inburgering-hub-bench");

    public static QueryOptions Parse(string[] args)
    {
        var options = new QueryOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--explain")
            {
                options = options with { Explain = true };
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--persons" => options with { Persons = int.Parse(value, CultureInfo.InvariantCulture) },
                "--runs" => options with { Runs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--page-runs" => options with { PageRuns = int.Parse(value, CultureInfo.InvariantCulture) },
                "--work" => options with { Work = Path.GetFullPath(value) },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: query [--persons 200000] [--runs 10] [--page-runs 50] [--work DIR] [--explain]"),
            };
            i++;
        }

        return options;
    }
}

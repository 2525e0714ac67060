namespace Inburgering.Hub.Bench;

/// <summary>What one child-process phase measured; travels to the parent as one JSON line.</summary>
internal sealed record PhaseResult
{
    public required string Phase { get; init; }

    /// <summary>SQLite or PostgreSQL.</summary>
    public string Provider { get; init; } = "";

    public required int Rows { get; init; }

    public required double Seconds { get; init; }

    public double RowsPerSecond => Seconds > 0 ? Rows / Seconds : 0;

    /// <summary>Processor time of the whole child process (user + kernel, all threads) during the measurement.</summary>
    public double CpuSeconds { get; init; }

    public long PeakWorkingSet { get; init; }

    public long PeakManagedHeap { get; init; }

    /// <summary>Peak private resident memory (RssAnon: not the mapped database file), see <see cref="MemorySampler"/>.</summary>
    public long PeakPrivate { get; init; }

    public string Pragmas { get; init; } = "";

    /// <summary>Empty when every correctness check held.</summary>
    public List<string> Problems { get; init; } = [];

    public string Detail { get; init; } = "";
}

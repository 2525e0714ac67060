namespace Inburgering.Hub.Reporting.Privacy;

/// <summary>
/// The perturbation table (ptable) of the cell-key method: for a true count n and a cell key u in [0, 1)
/// the published count. Each row is a probability distribution over published values; u picks one by
/// its cumulative probabilities, so the same (n, u) always gives the same value. Designed for this hub
/// after the published method (ABS TableBuilder, Thompson, Broadfoot &amp; Elazar 2013; sdcTools
/// <c>ptable</c>; ONS cell-key perturbation), see README "Regio figures: the cell-key method":
/// <list type="bullet">
/// <item>never 1 or 2: 1 becomes 0 (2/3) or 3 (1/3); 2 becomes 0 (3/8), 3 (1/2) or 4 (1/8); so a published 0
/// may be a true 0, 1 or 2;</item>
/// <item>at most <see cref="MaxDeviation"/> from the true count;</item>
/// <item>unbiased (expected published = true count) for every n except 3 (3, 4 or 5: +0.25 on average,
/// since 1 and 2 may not appear and 0 is 3 away);</item>
/// <item>from 5 on: n−2, n−1, n, n+1, n+2 with 5 %, 30 %, 30 %, 30 %, 5 %: variance <see cref="Variance"/>.</item>
/// </list>
/// </summary>
public sealed class PerturbationTable
{
    /// <summary>The largest difference between a published and a true count.</summary>
    public const int MaxDeviation = 2;

    /// <summary>The variance of the noise on counts of 5 and more (counts of persons or rows).</summary>
    public const double Variance = 1.0;

    private static readonly (int Value, double P)[][] Small =
    [
        [(0, 1.0)],
        [(0, 2.0 / 3), (3, 1.0 / 3)],
        [(0, 3.0 / 8), (3, 4.0 / 8), (4, 1.0 / 8)],
        [(3, 0.80), (4, 0.15), (5, 0.05)],
        [(3, 0.25), (4, 0.55), (5, 0.15), (6, 0.05)],
    ];

    private static readonly (int Offset, double P)[] Large = [(-2, 0.05), (-1, 0.30), (0, 0.30), (1, 0.30), (2, 0.05)];

    /// <summary>The table the hub publishes with.</summary>
    public static PerturbationTable Default { get; } = new();

    /// <summary>The identity (no protection): only for tests that show the attack suite detects an unprotected hub.</summary>
    public static PerturbationTable None { get; } = new(identity: true);

    private readonly bool _identity;

    private PerturbationTable(bool identity = false) => _identity = identity;

    /// <summary>Whether this table perturbs at all (false only for <see cref="None"/>).</summary>
    public bool Perturbs => !_identity;

    /// <summary>The distribution of published values for true count <paramref name="n"/> (≥ 0): (value, probability).</summary>
    public static IReadOnlyList<(int Value, double P)> Row(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        return n < Small.Length ? Small[n] : [.. Large.Select(o => (n + o.Offset, o.P))];
    }

    /// <summary>The published count for true count <paramref name="n"/> (≥ 0) and cell key <paramref name="cellKey"/> in [0, 1).</summary>
    public int Perturb(int n, double cellKey)
    {
        if (_identity)
        {
            return n;
        }

        var row = Row(n);
        var cumulative = 0.0;
        foreach (var (value, p) in row)
        {
            cumulative += p;
            if (cellKey < cumulative)
            {
                return value;
            }
        }

        return row[^1].Value; // rounding: u just below 1
    }
}

namespace Inburgering.Hub.Data.Scoping;

/// <summary>An immutable caller scope.</summary>
public sealed class CallerScope : ICallerScope
{
    private CallerScope(bool unrestricted, IReadOnlyList<string> gemeenten, IReadOnlyList<string> aggregateGemeenten, bool aggregateOnly, IReadOnlyList<string>? operatorOf = null)
    {
        IsUnrestricted = unrestricted;
        Gemeenten = gemeenten;
        AggregateGemeenten = aggregateGemeenten;
        IsAggregateOnly = aggregateOnly;
        OperatorOfGemeenten = operatorOf ?? [];
    }

    /// <summary>Sees nothing: the default for anyone not known to be entitled.</summary>
    public static CallerScope Nobody { get; } = new(false, [], [], false);

    /// <summary>The ingestion engine and maintenance commands.</summary>
    public static CallerScope System { get; } = new(true, [], [], false);

    public bool IsUnrestricted { get; }

    public IReadOnlyList<string> Gemeenten { get; }

    public IReadOnlyList<string> AggregateGemeenten { get; }

    public bool IsAggregateOnly { get; }

    public IReadOnlyList<string> OperatorOfGemeenten { get; }

    /// <summary>A caller entitled to the rows of exactly these gemeenten.</summary>
    public static CallerScope ForGemeenten(IEnumerable<string> gemeenten) => ForGemeenten(gemeenten, []);

    /// <summary>
    /// A caller entitled to the rows of <paramref name="gemeenten"/> and to perturbed aggregates over
    /// <paramref name="aggregateGemeenten"/> (those it also has rows of are left out of the latter).
    /// </summary>
    public static CallerScope ForGemeenten(IEnumerable<string> gemeenten, IEnumerable<string> aggregateGemeenten)
    {
        ArgumentNullException.ThrowIfNull(gemeenten);
        ArgumentNullException.ThrowIfNull(aggregateGemeenten);
        var rows = Sorted(gemeenten);
        return new(false, rows, Sorted(aggregateGemeenten.Except(rows, StringComparer.Ordinal)), false);
    }

    /// <summary>
    /// <paramref name="scope"/> (rows and aggregates unchanged) for a hub-wide operator of
    /// <paramref name="hubGemeenten"/>, every gemeente the hub serves: it also sees the quarantined
    /// records attributed to none of them (<see cref="ICallerScope.OperatorOfGemeenten"/>) — no other rows.
    /// </summary>
    public static CallerScope AsHubOperator(CallerScope scope, IEnumerable<string> hubGemeenten)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(hubGemeenten);
        return new(scope.IsUnrestricted, scope.Gemeenten, scope.AggregateGemeenten, scope.IsAggregateOnly, Sorted(hubGemeenten));
    }

    /// <summary>
    /// The scope of aggregate queries for <paramref name="caller"/>: rows of its own and of its
    /// aggregate-only gemeenten are counted, none may be materialised (see <see cref="AggregateStore"/>).
    /// </summary>
    public static CallerScope ForAggregation(ICallerScope caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new(caller.IsUnrestricted, Sorted(caller.Reach), caller.AggregateGemeenten, true);
    }

    private static string[] Sorted(IEnumerable<string> gemeenten) =>
        [.. gemeenten.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

namespace Inburgering.Hub.Data.Scoping;

/// <summary>
/// Who is reading. The <see cref="HubDbContext"/> filters every gemeente-bound row on it, so no
/// query, resolver or export can forget authorization.
/// </summary>
public interface ICallerScope
{
    /// <summary>Only the sync engine and migrations run unrestricted; never an API caller.</summary>
    bool IsUnrestricted { get; }

    /// <summary>The gemeenten (GMnnnn) whose person-level rows the caller may see.</summary>
    IReadOnlyList<string> Gemeenten { get; }

    /// <summary>
    /// Gemeenten the caller may only count over (an <c>analist</c> with a <c>regio</c> claim), never
    /// see rows of; disjoint from <see cref="Gemeenten"/>. Aggregates touching them are perturbed (cell-key method).
    /// </summary>
    IReadOnlyList<string> AggregateGemeenten { get; }

    /// <summary>
    /// True for the scope of an <see cref="AggregateStore"/>: its <see cref="Gemeenten"/> include the
    /// aggregate-only ones, and the context refuses to materialise any personal entity.
    /// </summary>
    bool IsAggregateOnly { get; }

    /// <summary>
    /// For a hub-wide operator (a <c>beheerder</c> whose claims cover every gemeente the hub serves):
    /// those gemeenten, so it also sees the quarantined records attributed to none of them — no gemeente
    /// (an unreadable document) or one the hub does not serve (<c>UNKNOWN_GEMEENTE</c>) — and can replay or
    /// discard them. Empty for everyone else: such records belong to no gemeente's beheerder.
    /// </summary>
    IReadOnlyList<string> OperatorOfGemeenten => [];

    /// <summary>Every gemeente the caller reaches at all: its row gemeenten, then its aggregate-only ones.</summary>
    IReadOnlyList<string> Reach => [.. Gemeenten, .. AggregateGemeenten];
}

namespace Inburgering.Hub.GraphQL.Aggregates;

/// <summary>
/// Small-cell suppression of a statistics table for a caller with aggregate-only gemeenten
/// (docs/authorization.md rule 2). A group reveals about those gemeenten its aggregate-only
/// part (the caller can count the rest from its own rows): persons for person data, rows otherwise.
/// <list type="number">
/// <item>primary: a group whose aggregate-only part is 1..k−1 is hidden;</item>
/// <item>secondary: along every dimension, a line of groups (equal on all other dimensions) whose
/// total can be asked for by grouping on one dimension less must not hide exactly one group, or the
/// total minus the shown groups would reveal it; so the line's smallest other group with an
/// aggregate-only part is hidden too (repeated until no line hides exactly one).</item>
/// </list>
/// A group without aggregate-only rows, and a count of zero (no group), are never hidden.
/// </summary>
internal static class StatistiekSuppression
{
    /// <summary>The dimension numbers of a query grouping on <paramref name="keys"/> fields, and on a periode or not.</summary>
    public static IReadOnlyList<int> Dimensions(int keys, bool periode) => [.. Enumerable.Range(0, keys), .. periode ? [PeriodeDimension] : Array.Empty<int>()];

    private const int PeriodeDimension = 3;

    public static IReadOnlySet<StatistiekRij> Apply(IReadOnlyList<StatistiekRij> groups, IReadOnlyList<int> dimensions, bool aboutPersons, int k)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(dimensions);
        int Part(StatistiekRij r) => aboutPersons ? r.AggregaatPersonen : r.AggregaatRijen ?? 0;

        var hidden = groups.Where(r => Part(r) is > 0 and var p && p < k).ToHashSet();
        var changed = hidden.Count > 0;
        while (changed)
        {
            changed = false;
            foreach (var d in dimensions)
            {
                foreach (var line in groups.GroupBy(r => LineKey(r, d)))
                {
                    if (line.Count(hidden.Contains) != 1)
                    {
                        continue;
                    }

                    var complement = line
                        .Where(r => !hidden.Contains(r) && Part(r) > 0)
                        .OrderBy(Part)
                        .FirstOrDefault();
                    if (complement is not null)
                    {
                        hidden.Add(complement);
                        changed = true;
                    }
                }
            }
        }

        return hidden;
    }

    /// <summary>The key of a group without dimension <paramref name="d"/>: 0, 1, 2 for K1, K2, K3; 3 for the periode.</summary>
    private static (string?, string?, string?, int?) LineKey(StatistiekRij r, int d) => d switch
    {
        0 => (null, r.K2, r.K3, r.Periode),
        1 => (r.K1, null, r.K3, r.Periode),
        2 => (r.K1, r.K2, null, r.Periode),
        _ => (r.K1, r.K2, r.K3, null),
    };
}

using System.Collections.Concurrent;
using Inburgering.Hub.GraphQL.Querying;

namespace Inburgering.Hub.GraphQL.Aggregates;

/// <summary>
/// What the statistics of an entity group and aggregate on, derived from its <see cref="QueryModel"/>:
/// dimensions (code lists, booleans and a few code-like texts such as the gemeente), dates (bucketed)
/// and numeric fields (som/gemiddelde/minimum/maximum).
/// </summary>
public sealed class StatistiekModel
{
    /// <summary>How many dimensions one query may group on (the SQL key has that many text slots).</summary>
    public const int MaxDimensies = 3;

    /// <summary>How many numeric fields an entity aggregates (the SQL row has that many value slots).</summary>
    public const int MaxWaarden = 6;

    private static readonly HashSet<string> CodeTexts = new(StringComparer.Ordinal) { "gemeenteCode", "aanbieder", "taakstellingPeriode", "periode", "herkomstland" };

    private const string Ingetrokken = "ingetrokken";

    private static readonly ConcurrentDictionary<Type, StatistiekModel> Cache = new();

    private StatistiekModel(QueryModel query)
    {
        Query = query;
        // Withdrawn rows are left out unless metIngetrokken: the flag is an argument, not a dimension.
        Dimensies = [.. query.Scalars.Where(s => !s.IsId && s.Name != Ingetrokken && (s.ValueType.IsEnum || s.ValueType == typeof(bool) || (s.ValueType == typeof(string) && CodeTexts.Contains(s.Name))))];
        Datums = [.. query.Scalars.Where(s => s.ValueType == typeof(DateOnly))];
        Waarden = [.. query.Scalars.Where(s => !s.IsId && (s.ValueType == typeof(int) || s.ValueType == typeof(decimal) || s.ValueType == typeof(double))).Take(MaxWaarden)];
    }

    public QueryModel Query { get; }

    public string Name => Query.Name;

    public IReadOnlyList<ScalarField> Dimensies { get; }

    public IReadOnlyList<ScalarField> Datums { get; }

    public IReadOnlyList<ScalarField> Waarden { get; }

    public static StatistiekModel Get<T>() => Cache.GetOrAdd(typeof(T), t => new StatistiekModel(QueryModels.Get(t)));

    /// <summary>The enum value name of a field: <c>gemeenteCode → GEMEENTE_CODE</c>.</summary>
    public static string Constant(string fieldName) =>
        string.Concat(fieldName.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "_" + ch : char.ToUpperInvariant(ch).ToString()));
}

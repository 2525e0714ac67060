using GraphQL;
using GraphQLParser.AST;

namespace Inburgering.Hub.GraphQL.Aggregates;

/// <summary>
/// Which parts of a statistics group the request selects (fragments followed), so the GROUP BY computes
/// only those: the distinct person count and, per numeric field, som/gemiddelde/minimum/maximum.
/// </summary>
internal sealed class StatistiekSelectie
{
    private readonly Dictionary<string, List<GraphQLSelectionSet>> _fields;
    private readonly IResolveFieldContext _context;

    private StatistiekSelectie(IResolveFieldContext context, GraphQLSelectionSet? set)
    {
        _context = context;
        _fields = new(StringComparer.Ordinal);
        Collect(set, _fields);
    }

    public static StatistiekSelectie Of(IResolveFieldContext context) => new(context, context.FieldAst.SelectionSet);

    public bool Has(string field) => _fields.ContainsKey(field);

    /// <summary>The aggregates (som, gemiddelde, minimum, maximum) selected on numeric field <paramref name="field"/>.</summary>
    public HashSet<string> AggregatesOf(string field)
    {
        var names = new Dictionary<string, List<GraphQLSelectionSet>>(StringComparer.Ordinal);
        foreach (var set in _fields.GetValueOrDefault(field) ?? [])
        {
            Collect(set, names);
        }

        return [.. names.Keys];
    }

    private void Collect(GraphQLSelectionSet? set, Dictionary<string, List<GraphQLSelectionSet>> into)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    if (!into.TryGetValue(name, out var sets))
                    {
                        into[name] = sets = [];
                    }

                    if (field.SelectionSet is not null)
                    {
                        sets.Add(field.SelectionSet);
                    }

                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, into);
                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = _context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(f => f.FragmentName.Name.Value.Span.SequenceEqual(spread.FragmentName.Name.Value.Span));
                    Collect(fragment?.SelectionSet, into);
                    break;
            }
        }
    }
}

using GraphQL;
using GraphQLParser.AST;

namespace Inburgering.Hub.GraphQL.Querying;

/// <summary>
/// The parts of the request's operation that a field's value is asked for: every field node of the
/// document at the field's response path (by alias, through fragment spreads and inline fragments),
/// so fields that GraphQL merges (same response key, several selections) are all seen. Directives
/// (<c>@skip</c>, <c>@include</c>) are ignored: the result is a superset of what executes.
/// </summary>
internal static class Selections
{
    /// <summary>The field nodes at <paramref name="context"/>'s response path (list indices skipped).</summary>
    public static IReadOnlyList<GraphQLField> AtPath(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fields = new List<GraphQLField>();
        var sets = new List<GraphQLSelectionSet> { context.Operation.SelectionSet };
        foreach (var step in context.ResponsePath)
        {
            if (step is not string key)
            {
                continue;
            }

            fields = [.. Fields(context.Document, sets).Where(f => ResponseKey(f) == key)];
            sets = [.. fields.Select(f => f.SelectionSet).OfType<GraphQLSelectionSet>()];
        }

        return fields;
    }

    /// <summary>The sub-fields named <paramref name="name"/> of <paramref name="fields"/> (any alias).</summary>
    public static IReadOnlyList<GraphQLField> Children(GraphQLDocument document, IEnumerable<GraphQLField> fields, string name) =>
        [.. Fields(document, fields.Select(f => f.SelectionSet).OfType<GraphQLSelectionSet>()).Where(f => f.Name.StringValue == name)];

    /// <summary>Every field of <paramref name="sets"/>, fragments expanded (each fragment once).</summary>
    public static IReadOnlyList<GraphQLField> Fields(GraphQLDocument document, IEnumerable<GraphQLSelectionSet> sets)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sets);
        var fields = new List<GraphQLField>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            Collect(document, set, fields, seen);
        }

        return fields;
    }

    private static void Collect(GraphQLDocument document, GraphQLSelectionSet set, List<GraphQLField> into, HashSet<string> seen)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    into.Add(field);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(document, inline.SelectionSet, into, seen);
                    break;
                case GraphQLFragmentSpread spread when seen.Add(spread.FragmentName.Name.StringValue)
                    && Fragment(document, spread.FragmentName.Name.StringValue) is { } fragment:
                    Collect(document, fragment.SelectionSet, into, seen);
                    break;
            }
        }
    }

    private static string ResponseKey(GraphQLField field) => (field.Alias?.Name ?? field.Name).StringValue;

    private static GraphQLFragmentDefinition? Fragment(GraphQLDocument document, string name) =>
        document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(d => d.FragmentName.Name.StringValue == name);
}

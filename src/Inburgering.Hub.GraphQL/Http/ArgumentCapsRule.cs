using System.Collections;
using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Inburgering.Hub.GraphQL.Http;

/// <summary>
/// Bounds every argument value of the operation, literal or from variables, during validation (so a
/// refusal is <c>400</c> and nothing reaches SQL): at most <see cref="DocumentLimits.MaxListLength"/>
/// elements in one list (<c>ids</c>, <c>in</c>, <c>or</c>), at most <see cref="DocumentLimits.MaxArgumentValues"/>
/// values in one argument (a <c>where</c> with every operator, list item and nested object) and
/// <see cref="MaxValueDepth"/> levels of nesting (<c>ARGUMENT_TOO_LARGE</c>); and every <c>ID</c> a
/// non-negative 64-bit integer, the form of every id of the hub (<c>INVALID_ID</c>, e.g.
/// <c>replayQuarantine(ids: ["abc"])</c>). Runs after variables are coerced (a post-node rule).
/// </summary>
public sealed class ArgumentCapsRule(GraphQLLimits limits) : ValidationRuleBase
{
    public const string TooLarge = "ARGUMENT_TOO_LARGE";
    public const string InvalidId = "INVALID_ID";

    /// <summary>
    /// Deepest nesting of one argument value (objects and lists; a filter level is one or two: <c>and: [{…}]</c>),
    /// above the <c>where</c> nesting the filter translator accepts (<see cref="Querying.FilterTranslator.MaxDepth"/>).
    /// </summary>
    public const int MaxValueDepth = (2 * Querying.FilterTranslator.MaxDepth) + 8;

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation is { } operation && context.ArgumentValues is not null)
        {
            IComplexGraphType? root = operation.Operation switch
            {
                OperationType.Query => context.Schema.Query,
                OperationType.Mutation => context.Schema.Mutation,
                OperationType.Subscription => context.Schema.Subscription,
                _ => null,
            };
            if (root is not null)
            {
                new Walker(context, limits.Document).Visit(operation.SelectionSet, root);
            }
        }

        return default;
    }

    private sealed class Walker(ValidationContext context, DocumentLimits limits)
    {
        private readonly HashSet<(string, IComplexGraphType)> _fragments = [];
        private bool _reported;

        public void Visit(GraphQLSelectionSet? selectionSet, IComplexGraphType parent)
        {
            if (selectionSet is null || _reported)
            {
                return;
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        VisitField(field, parent);
                        break;
                    case GraphQLInlineFragment inline:
                        Visit(inline.SelectionSet, TypeNamed(inline.TypeCondition?.Type.Name.StringValue) ?? parent);
                        break;
                    case GraphQLFragmentSpread spread:
                        var name = spread.FragmentName.Name.StringValue;
                        var fragment = context.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
                        var type = TypeNamed(fragment?.TypeCondition.Type.Name.StringValue) ?? parent;
                        if (fragment is not null && _fragments.Add((name, type)))
                        {
                            Visit(fragment.SelectionSet, type);
                        }

                        break;
                }
            }
        }

        private IComplexGraphType? TypeNamed(string? name) =>
            name is null ? null : context.Schema.AllTypes[name] as IComplexGraphType;

        private void VisitField(GraphQLField node, IComplexGraphType parent)
        {
            var field = parent.GetField(node.Name.StringValue);
            if (field is null)
            {
                return; // introspection or unknown: the core rules report what is wrong
            }

            if (field.Arguments is { Count: > 0 } arguments && context.ArgumentValues!.TryGetValue(node, out var values))
            {
                foreach (var (name, value) in values)
                {
                    if (arguments.Find(name) is { ResolvedType: { } type } && value.Value is not null)
                    {
                        var count = 0;
                        var problem = Check(type, value.Value, 1, ref count);
                        if (problem is not null)
                        {
                            Report(node, $"Argument '{name}' of '{node.Name.StringValue}': {problem.Value.Message}", problem.Value.Code);
                            return;
                        }
                    }
                }
            }

            if (field.ResolvedType?.GetNamedType() is IComplexGraphType child)
            {
                Visit(node.SelectionSet, child);
            }
        }

        private (string Code, string Message)? Check(IGraphType type, object? value, int depth, ref int count)
        {
            if (value is null)
            {
                return null;
            }

            if (++count > limits.MaxArgumentValues)
            {
                return (TooLarge, $"more than {limits.MaxArgumentValues} values (Hub:GraphQL:Limits:Document:MaxArgumentValues)");
            }

            if (depth > MaxValueDepth)
            {
                return (TooLarge, $"nested deeper than {MaxValueDepth} levels");
            }

            switch (type)
            {
                case NonNullGraphType nonNull:
                    return Check(nonNull.ResolvedType!, value, depth, ref count);
                case ListGraphType list when value is IEnumerable items and not string:
                    var length = 0;
                    foreach (var item in items)
                    {
                        if (++length > limits.MaxListLength)
                        {
                            return (TooLarge, $"a list of more than {limits.MaxListLength} elements (Hub:GraphQL:Limits:Document:MaxListLength)");
                        }

                        if (Check(list.ResolvedType!, item, depth + 1, ref count) is { } inner)
                        {
                            return inner;
                        }
                    }

                    return null;
                case ListGraphType list:
                    return Check(list.ResolvedType!, value, depth, ref count); // a single value for a list
                case IInputObjectGraphType input when value is IDictionary<string, object?> fields:
                    foreach (var (key, inner) in fields)
                    {
                        if (input.GetField(key)?.ResolvedType is { } fieldType && Check(fieldType, inner, depth + 1, ref count) is { } problem)
                        {
                            return problem;
                        }
                    }

                    return null;
                case IdGraphType:
                    return IsId(value) ? null : (InvalidId, $"'{value}' is not an id (ids are whole numbers)");
                default:
                    return null;
            }
        }

        private static bool IsId(object value) => value switch
        {
            long l => l >= 0,
            int i => i >= 0,
            ulong u => u <= long.MaxValue,
            uint => true,
            System.Numerics.BigInteger b => b >= 0 && b <= long.MaxValue,
            _ => long.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out _),
        };

        private void Report(GraphQLField node, string message, string code)
        {
            _reported = true;
            context.ReportError(new ValidationError(context.Document.Source, null, message, node) { Code = code });
        }
    }
}

using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Inburgering.Hub.GraphQL.Authorization;

/// <summary>
/// Enforces the role metadata (<c>AuthorizeWithRoles</c>) of every selected field and of its type,
/// through fragments, during validation: a forbidden selection fails the whole request with
/// <c>FORBIDDEN</c> before any resolver runs (HTTP 400). Root fields are denied by default: a root
/// field must name its roles, or be marked <c>AllowAnonymous</c> (which here means: any
/// authenticated caller; the endpoint itself requires authentication). Policies are not supported
/// and deny. Introspection fields (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) are open to
/// authenticated callers.
/// </summary>
public sealed class RoleAuthorizationRule : ValidationRuleBase
{
    public const string Forbidden = "FORBIDDEN";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var operation = context.Operation;
        if (operation is not null)
        {
            IComplexGraphType? root = operation.Operation switch
            {
                OperationType.Query => context.Schema.Query,
                OperationType.Mutation => context.Schema.Mutation,
                OperationType.Subscription => context.Schema.Subscription,
                _ => null,
            };
            if (root is null)
            {
                return default;
            }

            var walker = new Walker(context);
            walker.Visit(operation.SelectionSet, root, isRoot: true);
        }

        return default;
    }

    private sealed class Walker(ValidationContext context)
    {
        private readonly HashSet<string> _fragments = new(StringComparer.Ordinal);
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
        private readonly ClaimsPrincipal? _user = context.User;

        public void Visit(GraphQLSelectionSet? selectionSet, IComplexGraphType parent, bool isRoot)
        {
            if (selectionSet is null)
            {
                return;
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        VisitField(field, parent, isRoot);
                        break;
                    case GraphQLInlineFragment inline:
                        Visit(inline.SelectionSet, Condition(inline.TypeCondition) ?? parent, isRoot);
                        break;
                    case GraphQLFragmentSpread spread:
                        var name = spread.FragmentName.Name.StringValue;
                        var definition = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                            .FirstOrDefault(d => d.FragmentName.Name.StringValue == name);
                        if (definition is not null && _fragments.Add(name + "@" + isRoot))
                        {
                            Visit(definition.SelectionSet, Condition(definition.TypeCondition) ?? parent, isRoot);
                        }

                        break;
                }
            }
        }

        private IComplexGraphType? Condition(GraphQLTypeCondition? condition) =>
            condition is null ? null : context.Schema.AllTypes[condition.Type.Name.StringValue] as IComplexGraphType;

        private void VisitField(GraphQLField node, IComplexGraphType parent, bool isRoot)
        {
            var name = node.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                return;
            }

            var field = parent.GetField(name);
            if (field is null)
            {
                return; // FieldsOnCorrectType reports it
            }

            var type = field.ResolvedType?.GetNamedType();
            Check(node, $"{parent.Name}.{name}", field, required: isRoot);
            if (type is not null)
            {
                Check(node, type.Name, type, required: false);
            }

            if (type is IComplexGraphType complex)
            {
                Visit(node.SelectionSet, complex, isRoot: false);
            }
        }

        private void Check(GraphQLField node, string what, IMetadataReader metadata, bool required)
        {
            if (metadata.IsAnonymousAllowed())
            {
                return;
            }

            var roles = metadata.GetRoles();
            var policies = metadata.GetPolicies();
            string? problem = null;
            if (policies is { Count: > 0 })
            {
                problem = $"'{what}' requires an authorization policy, which this hub does not grant through GraphQL.";
            }
            else if (roles is { Count: > 0 })
            {
                if (!roles.Any(r => _user?.IsInRole(r) == true))
                {
                    problem = $"'{what}' requires role {string.Join(" or ", roles)}.";
                }
            }
            else if (required)
            {
                problem = $"'{what}' has no authorization rule and is denied.";
            }

            if (problem is not null && _reported.Add(what))
            {
                context.ReportError(new ValidationError(context.Document.Source, null, "Forbidden: " + problem, node) { Code = Forbidden });
            }
        }
    }
}

using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Inburgering.Hub.GraphQL.Introspection;

/// <summary>
/// Introspection as the GraphQL specification of October 2021 describes it, so every option of
/// graphql-js's <c>getIntrospectionQuery</c> (<c>descriptions</c>, <c>specifiedByUrl</c>,
/// <c>directiveIsRepeatable</c>, <c>schemaDescription</c>, <c>inputValueDeprecation</c>, <c>oneOf</c>)
/// validates and answers. GraphQL.NET 8 has <c>__Schema.description</c> and <c>__Type.isOneOf</c>, and
/// behind schema features <c>__Directive.isRepeatable</c> and <c>includeDeprecated</c> on field
/// arguments and input fields; the hub switches those on and adds what is missing:
/// <c>__Type.specifiedByURL</c> (from <see cref="SpecifiedByDirective"/>) and
/// <c>includeDeprecated</c> on <c>__Directive.args</c>.
/// </summary>
internal static class SpecIntrospection
{
    /// <summary>Switches on the schema features; call in the schema's constructor (before initialisation).</summary>
    public static void Enable(Schema schema)
    {
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.Directives.Register(new SpecifiedByDirective());
    }

    /// <summary>Completes GraphQL.NET's introspection types; call for every graph type before it is initialised.</summary>
    public static void Complete(IGraphType graphType)
    {
        switch (graphType)
        {
            case __Type type when !type.HasField("specifiedByURL"):
                type.Field<StringGraphType>("specifiedByURL")
                    .Description("The URL that specifies the behavior of this scalar (@specifiedBy); null for other types and for scalars without one.")
                    .Resolve(context => SpecifiedByDirective.UrlOf(context.Source));
                break;
            case __Directive directive when directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null:
                args.Arguments ??= [];
                args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
                args.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(context =>
                {
                    var all = (IEnumerable<QueryArgument>?)context.Source.Arguments ?? [];
                    return context.GetArgument("includeDeprecated", false) ? all : all.Where(a => string.IsNullOrWhiteSpace(a.DeprecationReason));
                });
                break;
        }
    }
}

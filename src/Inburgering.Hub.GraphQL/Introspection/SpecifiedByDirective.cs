using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Inburgering.Hub.GraphQL.Introspection;

/// <summary>
/// <c>@specifiedBy(url: String!)</c> on a scalar (GraphQL specification, October 2021, §3.13.5): where
/// the scalar's format is specified. Introspection answers it as <c>__Type.specifiedByURL</c> (see
/// <see cref="SpecIntrospection"/>); GraphQL.NET 8 defines neither, so the hub does.
/// </summary>
public sealed class SpecifiedByDirective : Directive
{
    /// <summary>The directive's name.</summary>
    public const string DirectiveName = "specifiedBy";

    /// <summary>Its one argument, an absolute URL.</summary>
    public const string UrlArgument = "url";

    public SpecifiedByDirective()
        : base(DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = UrlArgument,
            Description = "The URL that specifies the behavior of this scalar.",
        });
    }

    /// <summary>Listed in <c>__schema.directives</c>, as the specification's built-in directives are (GraphQL.NET lists only executable ones by default).</summary>
    public override bool? Introspectable => true;

    /// <summary>The URL <paramref name="type"/> is specified by, or null when it has none (or is not a scalar).</summary>
    public static string? UrlOf(IGraphType type) =>
        type is ScalarGraphType scalar ? scalar.FindAppliedDirective(DirectiveName)?.FindArgument(UrlArgument)?.Value as string : null;
}

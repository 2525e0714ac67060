using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Inburgering.Hub.GraphQL.Paging;

/// <summary>The <c>first</c>/<c>after</c> arguments of every connection field.</summary>
public static class PagingArguments
{
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", "Page size (default and maximum: see Hub:GraphQL:Paging).")
            .Argument<StringGraphType>("after", "Cursor after which the page starts (pageInfo.endCursor).");

    public static int? First(this IResolveFieldContext context) => context.GetArgument<int?>("first");

    public static string? After(this IResolveFieldContext context) => context.GetArgument<string?>("after");
}

using GraphQL.Types;

namespace Inburgering.Hub.GraphQL.Paging;

/// <summary>A Relay connection of <typeparamref name="TNodeType"/> with a lazily counted <c>totalCount</c>.</summary>
public class ConnectionGraphType<TNodeType, TEdgeType, TNode> : ObjectGraphType<Page<TNode>>
    where TNodeType : IGraphType
    where TEdgeType : IGraphType
{
    public ConnectionGraphType()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The nodes of the page, without cursors.")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("All nodes that match, over all pages (counted only when selected).")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
    }
}

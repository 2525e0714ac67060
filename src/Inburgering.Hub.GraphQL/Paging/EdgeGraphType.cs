using GraphQL.Types;

namespace Inburgering.Hub.GraphQL.Paging;

/// <summary>A Relay edge of <typeparamref name="TNodeType"/>.</summary>
public class EdgeGraphType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        Field(e => e.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}

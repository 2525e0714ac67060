using GraphQL.Types;

namespace Inburgering.Hub.GraphQL.Paging;

/// <summary>Relay <c>PageInfo</c>.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Field(p => p.HasNextPage).Description("More nodes follow after endCursor.");
        Field(p => p.HasPreviousPage).Description("This page was asked after a cursor.");
        Field(p => p.StartCursor, nullable: true);
        Field(p => p.EndCursor, nullable: true).Description("Pass as `after` to get the next page.");
    }
}

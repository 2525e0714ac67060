namespace Inburgering.Hub.GraphQL.Paging;

/// <summary>Configuration <c>Hub:GraphQL:Paging</c>.</summary>
public sealed class PagingOptions
{
    public const string Section = "Hub:GraphQL:Paging";

    public int DefaultPageSize { get; set; } = 50;

    public int MaxPageSize { get; set; } = 500;
}

namespace Inburgering.Hub.GraphQL.Paging;

/// <summary>Configuration <c>Hub:GraphQL:Paging</c>.</summary>
public sealed class PagingOptions
{
    public const string Section = "Hub:GraphQL:Paging";

    public int DefaultPageSize { get; set; } = 50;

    public int MaxPageSize { get; set; } = 500;

    /// <summary>
    /// Read only the columns a request's selection needs, for pages and batched relations (default true;
    /// see <see cref="Querying.FieldReads"/>). False reads whole rows: the same answers, for diagnosis.
    /// </summary>
    public bool SelectColumns { get; set; } = true;
}

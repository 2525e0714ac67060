namespace Inburgering.Hub.GraphQL.Paging;

/// <summary>One page of a connection. <see cref="CountAsync"/> runs only when <c>totalCount</c> is selected.</summary>
public sealed class Page<T>(
    IReadOnlyList<Edge<T>> edges,
    bool hasNextPage,
    bool hasPreviousPage,
    Func<CancellationToken, Task<int>> count)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    public PageInfo PageInfo { get; } = new(
        hasNextPage,
        hasPreviousPage,
        edges.Count > 0 ? edges[0].Cursor : null,
        edges.Count > 0 ? edges[^1].Cursor : null);

    public Task<int> CountAsync(CancellationToken cancellationToken) => count(cancellationToken);
}

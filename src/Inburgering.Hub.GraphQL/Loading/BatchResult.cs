using GraphQL.DataLoader;

namespace Inburgering.Hub.GraphQL.Loading;

/// <summary>A pending value of a <see cref="BatchLoader{TKey, TValue}"/>.</summary>
internal sealed class BatchResult<TKey, TValue>(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    where TKey : notnull
{
    public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken);
}

using GraphQL.DataLoader;

namespace Inburgering.Hub.GraphQL.Loading;

/// <summary>A pending batched value transformed once it is loaded (keeps the batching of the source).</summary>
internal sealed class MappedResult<TSource, TResult>(IDataLoaderResult<TSource> source, Func<TSource, TResult> map) : IDataLoaderResult<TResult>
{
    public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
        map(await source.GetResultAsync(cancellationToken));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken);
}

/// <summary>Transforms pending batched values.</summary>
internal static class MappedResults
{
    public static IDataLoaderResult<TResult> Then<TSource, TResult>(this IDataLoaderResult<TSource> source, Func<TSource, TResult> map) =>
        new MappedResult<TSource, TResult>(source, map);
}

/// <summary>A value that needs no load (already known when the resolver runs).</summary>
internal sealed class LoadedResult<T>(T value) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
}

namespace Inburgering.Hub.GraphQL.Loading;

/// <summary>The batch loaders of one request, by name (scoped service).</summary>
public sealed class RequestLoaders
{
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);

    /// <summary>The loader named <paramref name="name"/>, created on first use.</summary>
    public BatchLoader<TKey, TValue> Get<TKey, TValue>(
        string name,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        TValue missing)
        where TKey : notnull
    {
        if (!_loaders.TryGetValue(name, out var loader))
        {
            loader = new BatchLoader<TKey, TValue>(fetch, missing);
            _loaders[name] = loader;
        }

        return (BatchLoader<TKey, TValue>)loader;
    }
}

namespace Inburgering.Hub.GraphQL.Loading;

/// <summary>The batch loaders of one request, by name (scoped service).</summary>
public sealed class RequestLoaders
{
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _memo = new(StringComparer.Ordinal);

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

    /// <summary>A value computed once per request under <paramref name="key"/> (null included), e.g. a field's projection.</summary>
    public T Memo<T>(string key, Func<T> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (!_memo.TryGetValue(key, out var value))
        {
            value = create();
            _memo[key] = value;
        }

        return (T)value!;
    }
}

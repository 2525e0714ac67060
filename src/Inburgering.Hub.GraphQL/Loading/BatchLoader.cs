using GraphQL.DataLoader;

namespace Inburgering.Hub.GraphQL.Loading;

/// <summary>
/// A request-scoped batch loader. Resolvers call <see cref="Load"/> for their key; GraphQL.NET's
/// execution strategy collects the pending <see cref="IDataLoaderResult"/>s of a whole level before
/// it asks for any result, so all keys of that level are fetched with one query. Not thread-safe by
/// design: queries run on the serial execution strategy because EF contexts are single-threaded.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];

    /// <summary>Queues <paramref name="key"/> and returns a result that fetches the queue on first use.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }

        return new BatchResult<TKey, TValue>(this, key);
    }

    internal async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (!_loaded.ContainsKey(key) && _pending.Count > 0)
        {
            var keys = _pending.ToList();
            _pending.Clear();
            var values = await fetch(keys, cancellationToken);
            foreach (var k in keys)
            {
                _loaded[k] = values.TryGetValue(k, out var v) ? v : missing;
            }
        }

        return _loaded.TryGetValue(key, out var value) ? value : missing;
    }
}

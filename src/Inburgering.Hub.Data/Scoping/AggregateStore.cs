namespace Inburgering.Hub.Data.Scoping;

/// <summary>
/// The request's store for aggregates (statistics, reports): a <see cref="HubDbContext"/> scoped on
/// the caller's own and aggregate-only gemeenten (<see cref="CallerScope.ForAggregation"/>). It can
/// count, group and sum, but materialising a personal entity through it throws
/// (<see cref="AggregateOnlyGuard"/>), so rows of aggregate-only gemeenten can never reach a caller.
/// </summary>
public sealed class AggregateStore(HubDbContextFactory factory, ICallerScope caller) : IAsyncDisposable, IDisposable
{
    private HubDbContext? _db;

    /// <summary>The caller this store counts for (its row scope and aggregate-only gemeenten).</summary>
    public ICallerScope Caller { get; } = caller;

    /// <summary>The aggregate-only context, created on first use.</summary>
    public HubDbContext Db => _db ??= factory.Create(CallerScope.ForAggregation(Caller));

    public ValueTask DisposeAsync() => _db?.DisposeAsync() ?? ValueTask.CompletedTask;

    public void Dispose() => _db?.Dispose();
}

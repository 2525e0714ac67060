namespace Inburgering.Hub.Data.Providers;

/// <summary>The configured database: the provider chosen by <c>Hub:Database:Provider</c> and its connection string.</summary>
public sealed class DatabaseEngine(IDatabaseProvider provider, string connectionString)
{
    public IDatabaseProvider Provider { get; } = provider;

    public string ConnectionString { get; } = connectionString;

    /// <inheritdoc cref="IDatabaseProvider.TryAcquireLockAsync"/>
    public Task<IAsyncDisposable?> TryAcquireLockAsync(string name, CancellationToken cancellationToken) =>
        Provider.TryAcquireLockAsync(ConnectionString, name, cancellationToken);
}

using Inburgering.Hub.Data.Providers;

namespace Inburgering.Hub.Sync.Engine;

/// <summary>
/// Keeps one connector's runs apart across every process that uses the database — hub nodes sharing
/// PostgreSQL, or a <c>serve</c> and a command-line <c>sync</c> on one SQLite file — with the
/// provider's lock (<see cref="IDatabaseProvider.TryAcquireLockAsync"/>). A run holds it for as long as
/// it lasts, so a run elsewhere finds the connector busy; it dies with its holder, so a crashed run
/// never leaves the connector locked, and a run marked running whose lock is free has no live owner.
/// </summary>
public sealed class ConnectorRunLock(DatabaseEngine database)
{
    /// <summary>The held lock (dispose to release it), or null when a run of the connector holds it elsewhere.</summary>
    public Task<IAsyncDisposable?> TryAcquireAsync(string connector, CancellationToken cancellationToken) =>
        database.TryAcquireLockAsync("sync:" + connector.ToUpperInvariant(), cancellationToken);
}

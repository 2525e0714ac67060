using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Data.Providers;

/// <summary>
/// The one seam where a database engine is chosen. Everything else in the hub is provider-neutral.
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>Name used in configuration (<c>Hub:Database:Provider</c>).</summary>
    string Name { get; }

    /// <summary>Configures EF Core for this engine.</summary>
    void Configure(DbContextOptionsBuilder builder, string connectionString);

    /// <summary>Prepares the database location (creates folders for a file database, …).</summary>
    void Prepare(string connectionString);

    /// <summary>
    /// Takes the exclusive lock <paramref name="name"/> among every process that uses this database,
    /// without waiting. It is held until the returned handle is disposed, and released by the
    /// operating system or the database server when its holder dies (killed, crashed), so a lock is
    /// held exactly as long as a live owner has it. Null when another holder has it.
    /// </summary>
    Task<IAsyncDisposable?> TryAcquireLockAsync(string connectionString, string name, CancellationToken cancellationToken);
}

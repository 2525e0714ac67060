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
}

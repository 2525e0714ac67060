using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Data.Providers;

/// <summary>Embedded SQLite: the default, zero-install store.</summary>
public sealed class SqliteDatabaseProvider : IDatabaseProvider
{
    private readonly SqlitePragmaInterceptor _pragmas = new();

    public string Name => "Sqlite";

    public void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteDatabaseProvider).Assembly.FullName))
            .AddInterceptors(_pragmas);
    }

    public void Prepare(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}

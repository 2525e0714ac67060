using Inburgering.Hub.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Inburgering.Hub.Data.PostgreSql;

/// <summary>
/// PostgreSQL (Npgsql): the store for scale and for several hub nodes sharing one database. Its
/// migrations live in this assembly; the model differences from SQLite are in
/// <see cref="PostgreSqlModelCustomizer"/>.
/// </summary>
public sealed class PostgreSqlDatabaseProvider : IDatabaseProvider
{
    /// <summary>The value of <c>Hub:Database:Provider</c> that selects this provider.</summary>
    public const string ProviderName = "PostgreSql";

    public string Name => ProviderName;

    public void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgreSqlDatabaseProvider).Assembly.FullName))
            .ReplaceService<IModelCustomizer, PostgreSqlModelCustomizer>();
    }

    /// <summary>Nothing to prepare: the database is created by its administrator (or by the migrations' owner).</summary>
    public void Prepare(string connectionString)
    {
    }
}

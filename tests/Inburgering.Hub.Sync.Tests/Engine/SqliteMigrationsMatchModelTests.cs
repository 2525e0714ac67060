using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Providers;
using Inburgering.Hub.Data.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tests.Engine;

/// <summary>Runs without a database: the SQLite migrations are up to date with the model (as the PostgreSQL ones are in their own test).</summary>
public sealed class SqliteMigrationsMatchModelTests
{
    [Fact]
    public void The_Sqlite_migrations_have_every_model_change()
    {
        var builder = new DbContextOptionsBuilder<HubDbContext>();
        new SqliteDatabaseProvider().Configure(builder, "Data Source=:memory:");
        using var db = new HubDbContext(builder.Options, CallerScope.System);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The model changed without a SQLite migration: dotnet ef migrations add <Name> --project src/Inburgering.Hub.Data");
    }
}

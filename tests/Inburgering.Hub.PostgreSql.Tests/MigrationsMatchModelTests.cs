using Inburgering.Hub.Data;
using Inburgering.Hub.Data.PostgreSql;
using Inburgering.Hub.Data.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.PostgreSql.Tests;

/// <summary>Runs without a server: the PostgreSQL migrations are up to date with the model (a model change needs a migration for each provider).</summary>
[Trait("Category", "Integration")]
public sealed class MigrationsMatchModelTests
{
    [Fact]
    public void The_PostgreSql_migrations_have_every_model_change()
    {
        var builder = new DbContextOptionsBuilder<HubDbContext>();
        new PostgreSqlDatabaseProvider().Configure(builder, "Host=localhost;Database=unused");
        using var db = new HubDbContext(builder.Options, CallerScope.System);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The model changed without a PostgreSQL migration: dotnet ef migrations add <Name> --project src/Inburgering.Hub.Data.PostgreSql");
    }
}

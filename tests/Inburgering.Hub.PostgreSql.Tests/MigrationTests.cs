using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.PostgreSql.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.PostgreSql.Tests;

/// <summary>The PostgreSQL migrations create the schema of the model, and applying them again changes nothing.</summary>
public sealed class MigrationTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    [PostgresFact]
    public async Task Migrations_apply_on_an_empty_database_and_match_the_model()
    {
        await using var hub = await TestHubHost.OnPostgresAsync(await databases.CreateAsync(), Array.Empty<IConnector>());

        await using var db = hub.System();
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes the PostgreSQL migrations lack: add a migration.");
        Assert.Equal(7, await db.Gemeenten.CountAsync());

        await db.Database.MigrateAsync();
        Assert.Equal(7, await db.Gemeenten.CountAsync());
    }
}

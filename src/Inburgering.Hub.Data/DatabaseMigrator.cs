using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Data;

/// <summary>Creates or upgrades the schema.</summary>
public sealed class DatabaseMigrator(HubDbContextFactory factory)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateSystem();
        await db.Database.MigrateAsync(cancellationToken);
    }
}

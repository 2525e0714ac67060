using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Data;

/// <summary>Creates or upgrades the schema, then runs the <see cref="IPostMigrationStep"/>s of the migrations it applied.</summary>
public sealed class DatabaseMigrator(HubDbContextFactory factory, IEnumerable<IPostMigrationStep> steps)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateSystem();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        foreach (var step in steps)
        {
            if (pending.Any(m => m.EndsWith("_" + step.Migration, StringComparison.Ordinal)))
            {
                await step.RunAsync(db, cancellationToken);
            }
        }
    }
}

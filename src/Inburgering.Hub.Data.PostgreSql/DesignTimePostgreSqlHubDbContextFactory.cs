using Inburgering.Hub.Data.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Inburgering.Hub.Data.PostgreSql;

/// <summary>
/// Used by <c>dotnet ef migrations add … --project src/Inburgering.Hub.Data.PostgreSql</c> only; no
/// database is contacted to add a migration.
/// </summary>
internal sealed class DesignTimePostgreSqlHubDbContextFactory : IDesignTimeDbContextFactory<HubDbContext>
{
    public HubDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<HubDbContext>();
        new PostgreSqlDatabaseProvider().Configure(builder, "Host=localhost;Database=hub_design_time");
        return new HubDbContext(builder.Options, CallerScope.System);
    }
}

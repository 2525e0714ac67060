using Inburgering.Hub.Data.Providers;
using Inburgering.Hub.Data.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Inburgering.Hub.Data;

/// <summary>Used by <c>dotnet ef migrations add</c> only.</summary>
internal sealed class DesignTimeHubDbContextFactory : IDesignTimeDbContextFactory<HubDbContext>
{
    public HubDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<HubDbContext>();
        new SqliteDatabaseProvider().Configure(builder, "Data Source=design-time.db");
        return new HubDbContext(builder.Options, CallerScope.System);
    }
}

using Inburgering.Hub.Data.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Data;

/// <summary>Creates contexts for an explicit caller scope (the engine, CLI verbs, batch loaders).</summary>
public sealed class HubDbContextFactory(DbContextOptions<HubDbContext> options)
{
    public HubDbContext Create(ICallerScope scope) => new(options, scope);

    /// <summary>An unrestricted context for ingestion and maintenance; never for API callers.</summary>
    public HubDbContext CreateSystem() => new(options, CallerScope.System);
}

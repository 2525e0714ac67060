using Inburgering.Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inburgering.Hub.Server.Hosting;

/// <summary>Ready when the canonical store answers and has every migration of this version applied.</summary>
internal sealed class DatabaseHealthCheck(HubDbContextFactory factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = factory.CreateSystem();
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{pending.Count} migrations are not applied yet (the first: {pending[0]}).");
    }
}

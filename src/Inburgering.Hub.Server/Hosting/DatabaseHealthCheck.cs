using Inburgering.Hub.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inburgering.Hub.Server.Hosting;

/// <summary>Healthy when the canonical store answers.</summary>
internal sealed class DatabaseHealthCheck(HubDbContextFactory factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = factory.CreateSystem();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}

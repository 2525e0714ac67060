using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Inburgering.Hub.Server.Hosting;

/// <summary>Ready when the Quartz scheduler that runs the connector schedules has started and is not shut down or on standby.</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The scheduler is {status}, not Running: connector schedules do not fire.");
    }
}

using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Inburgering.Hub.Sync.Scheduling;

/// <summary>Registers Quartz and the connector schedules (for the long-running host, not for CLI verbs).</summary>
public static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddHubScheduling(this IServiceCollection services)
    {
        services.AddQuartz();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        // Registered after Quartz so it stops first: running syncs are cancelled before Quartz waits for its jobs.
        services.AddSingleton<SyncSchedules>();
        services.AddHostedService<SyncHostedService>();
        return services;
    }
}

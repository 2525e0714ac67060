using Inburgering.Hub.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Inburgering.Hub.Sync.Scheduling;

/// <summary>Registers Quartz and the connector schedules (for the long-running host, not for CLI verbs).</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Registers Quartz with the in-memory store, or with the clustered PostgreSQL job store when
    /// <paramref name="configuration"/> says <c>Hub:Scheduling:Clustered=true</c> (see <see cref="ClusteredJobStore"/>).
    /// </summary>
    public static IServiceCollection AddHubScheduling(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var scheduling = configuration?.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var database = configuration?.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(scheduling);
        services.AddQuartz(q =>
        {
            if (scheduling.Clustered)
            {
                ClusteredJobStore.Configure(q, scheduling, database, services.DatabaseProviderNamed(database.Provider));
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        // Registered after Quartz so it stops first: running syncs are cancelled before Quartz waits for its jobs.
        services.AddSingleton<SyncSchedules>();
        services.AddHostedService<SyncHostedService>();
        return services;
    }
}

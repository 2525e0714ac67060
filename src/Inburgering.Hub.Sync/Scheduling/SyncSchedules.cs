using Inburgering.Hub.Sync.Engine;
using Quartz;

namespace Inburgering.Hub.Sync.Scheduling;

/// <summary>
/// Puts every enabled connector with a <c>Hub:Connectors:&lt;name&gt;:Schedule</c> (Quartz cron) on
/// the scheduler, and tells when each runs next. A run missed while the hub was down fires once at
/// start (misfire: fire now and proceed). A scheduled job is replaced in place, never deleted first: on a
/// clustered store another node may be running it, and the replacement keeps it blocked until that run ends.
/// </summary>
public sealed class SyncSchedules(ISchedulerFactory schedulers, ConnectorCatalog connectors, SchedulingOptions scheduling)
{
    /// <summary>
    /// A cron schedule in <paramref name="timeZone"/> (an IANA or Windows id, e.g. <c>Europe/Amsterdam</c>),
    /// not the host's zone: <c>0 0 6 * * ?</c> fires at 06:00 there on every host, DST as Quartz handles it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The time zone is unknown on this host.</exception>
    public static CronScheduleBuilder Cron(string expression, string timeZone)
    {
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (TimeZoneNotFoundException ex)
        {
            throw new InvalidOperationException($"{SchedulingOptions.Section}:TimeZone '{timeZone}' is not a time zone this host knows (e.g. Europe/Amsterdam).", ex);
        }

        return CronScheduleBuilder.Create(expression).InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed);
    }

    public static JobKey JobKeyFor(string connector) => new($"sync-{connector}", "sync");

    public async Task ScheduleAllAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var retention = JobBuilder.Create<ArchiveRetentionJob>().WithIdentity(ArchiveRetentionJob.Key).StoreDurably().Build();
        var nightly = TriggerBuilder.Create()
            .WithIdentity("archive-retention-nightly", ArchiveRetentionJob.Key.Group)
            .ForJob(ArchiveRetentionJob.Key)
            .WithSchedule(Cron("0 30 3 * * ?", scheduling.TimeZone))
            .Build();
        await scheduler.ScheduleJob(retention, [nightly], new ScheduleJobOptions { Replace = true }, cancellationToken);

        foreach (var connector in connectors.All)
        {
            var name = connector.Manifest.Name;
            var options = connectors.OptionsFor(name);
            var key = JobKeyFor(name);
            if (!options.Enabled || string.IsNullOrWhiteSpace(options.Schedule))
            {
                await scheduler.DeleteJob(key, cancellationToken);
                continue;
            }

            try
            {
                _ = new CronExpression(options.Schedule);
            }
            catch (FormatException ex)
            {
                throw new InvalidOperationException(
                    $"Hub:Connectors:{name}:Schedule '{options.Schedule}' is not a Quartz cron expression (e.g. '0 0 6 * * ?' for 06:00 daily): {ex.Message}", ex);
            }

            var job = JobBuilder.Create<SyncJob>().WithIdentity(key).UsingJobData(SyncJob.ConnectorKey, name).StoreDurably().Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity($"{key.Name}-cron", key.Group)
                .ForJob(key)
                .WithSchedule(Cron(options.Schedule, scheduling.TimeZone))
                .Build();
            await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
        }
    }

    /// <summary>When the connector's schedule fires next, or null when it has none.</summary>
    public async Task<DateTimeOffset?> NextRunAsync(string connector, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var triggers = await scheduler.GetTriggersOfJob(JobKeyFor(connector), cancellationToken);
        return triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min();
    }
}

using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Scheduling;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;

namespace Inburgering.Hub.Sync.Tests.Engine;

[Trait("Category", "Integration")]
public sealed class ScheduleTests
{
    [Fact]
    public async Task A_connector_with_a_cron_schedule_runs_on_it_and_reports_its_next_run()
    {
        await using var hub = await HubTestHost.StartAsync(
            overrides: new Dictionary<string, string?> { [$"Hub:Connectors:{ScriptedConnector.ConnectorName}:Schedule"] = "* * * * * ?" },
            configure: s => s.AddSingleton<IHostApplicationLifetime>(new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance)).AddHubScheduling());
        hub.Connector.Script(ScriptedConnector.Snapshot, Coa.Document("week-1.csv", Coa.Koppeling("K-1", TestBsns.A)));
        var scheduler = await hub.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var schedules = hub.Services.GetRequiredService<SyncSchedules>();

        await schedules.ScheduleAllAsync(CancellationToken.None);
        await scheduler.Start();
        try
        {
            Assert.NotNull(await schedules.NextRunAsync(ScriptedConnector.ConnectorName, CancellationToken.None));
            var deadline = DateTime.UtcNow.AddSeconds(15);
            SyncRun? run = null;
            while (run is null && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
                await using var db = hub.System();
                run = await db.SyncRuns.FirstOrDefaultAsync(r => r.Trigger == SyncTrigger.Schedule && r.Status != SyncRunStatus.Running);
            }

            Assert.NotNull(run);
            Assert.Equal(SyncRunStatus.Succeeded, run.Status);
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }
    }

    [Theory]
    [InlineData("2026-01-15T00:00:00Z", "2026-01-15T05:00:00Z")] // CET, UTC+1
    [InlineData("2026-07-15T00:00:00Z", "2026-07-15T04:00:00Z")] // CEST, UTC+2
    [InlineData("2026-03-29T00:00:00Z", "2026-03-29T04:00:00Z")] // the day DST starts (02:00 → 03:00)
    [InlineData("2026-10-25T00:00:00Z", "2026-10-25T05:00:00Z")] // the day DST ends
    public void A_cron_schedule_fires_at_the_same_moment_in_Hub_Scheduling_TimeZone_whatever_the_host_zone(string after, string expected)
    {
        var from = DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture);
        var trigger = TriggerBuilder.Create().WithSchedule(SyncSchedules.Cron("0 0 6 * * ?", new Inburgering.Hub.Sync.Scheduling.SchedulingOptions().TimeZone)).StartAt(from).Build();

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), trigger.GetFireTimeAfter(from));
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_with_the_setting_named() =>
        Assert.Contains("Hub:Scheduling:TimeZone", Assert.Throws<InvalidOperationException>(() => SyncSchedules.Cron("0 0 6 * * ?", "Mars/Olympus")).Message, StringComparison.Ordinal);

    [Fact]
    public async Task An_invalid_cron_expression_is_refused_with_the_setting_named()
    {
        await using var hub = await HubTestHost.StartAsync(
            overrides: new Dictionary<string, string?> { [$"Hub:Connectors:{ScriptedConnector.ConnectorName}:Schedule"] = "every morning" },
            configure: s => s.AddSingleton<IHostApplicationLifetime>(new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance)).AddHubScheduling());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => hub.Services.GetRequiredService<SyncSchedules>().ScheduleAllAsync(CancellationToken.None));

        Assert.Contains($"Hub:Connectors:{ScriptedConnector.ConnectorName}:Schedule", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connector_without_a_schedule_has_no_next_run()
    {
        await using var hub = await HubTestHost.StartAsync(configure: s => s.AddSingleton<IHostApplicationLifetime>(new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance)).AddHubScheduling());
        var schedules = hub.Services.GetRequiredService<SyncSchedules>();

        await schedules.ScheduleAllAsync(CancellationToken.None);

        Assert.Null(await schedules.NextRunAsync(ScriptedConnector.ConnectorName, CancellationToken.None));
    }
}

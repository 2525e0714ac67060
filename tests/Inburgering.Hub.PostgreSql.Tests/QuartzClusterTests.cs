using System.Collections.Concurrent;
using Inburgering.Hub.Data.PostgreSql;
using Inburgering.Hub.PostgreSql.Tests.Support;
using Inburgering.Hub.Sync.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace Inburgering.Hub.PostgreSql.Tests;

/// <summary>
/// Two hub nodes configured as in production with <c>Hub:Scheduling:Clustered=true</c> on one
/// PostgreSQL database: Quartz creates its tables, both nodes check in to the cluster with their own
/// instance ids, and a non-concurrent job never runs on both at once.
/// </summary>
public sealed class QuartzClusterTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    [PostgresFact]
    public async Task Two_clustered_nodes_share_the_job_store_and_never_run_the_same_job_at_once()
    {
        var connectionString = await databases.CreateAsync();
        await using var nodeA = Node(connectionString);
        await using var nodeB = Node(connectionString);
        var schedulerA = await nodeA.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var schedulerB = await nodeB.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await schedulerA.Start();
        await schedulerB.Start();
        try
        {
            Assert.NotEqual(schedulerA.SchedulerInstanceId, schedulerB.SchedulerInstanceId);
            Assert.Equal(ClusteredJobStore.SchedulerName, schedulerA.SchedulerName);

            var job = JobBuilder.Create<ProbeJob>().WithIdentity("probe", "test").StoreDurably().Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity("probe-often", "test")
                .ForJob(job.Key)
                .StartNow()
                .WithSimpleSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromMilliseconds(100)).RepeatForever())
                .Build();
            await schedulerA.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true });

            // Node B sees what node A stored: one job store.
            Assert.NotNull(await schedulerB.GetJobDetail(job.Key));

            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (ProbeJob.Runs.Count < 6 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }

            await schedulerA.PauseAll();
            await schedulerB.PauseAll();
            Assert.True(ProbeJob.Runs.Count >= 6, $"The probe ran {ProbeJob.Runs.Count} times in 30 s.");
            Assert.Equal(1, ProbeJob.MaxConcurrent);

            var checkedIn = await CheckedInAsync(connectionString);
            Assert.Contains(schedulerA.SchedulerInstanceId, checkedIn);
            Assert.Contains(schedulerB.SchedulerInstanceId, checkedIn);
        }
        finally
        {
            await schedulerA.Shutdown(true);
            await schedulerB.Shutdown(true);
        }
    }

    private static ServiceProvider Node(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "PostgreSql",
            ["Hub:Database:ConnectionString"] = connectionString,
            ["Hub:Scheduling:Clustered"] = "true",
            ["Hub:Scheduling:CheckinInterval"] = "00:00:01",
        }).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddHubPostgreSql()
            .AddHubScheduling(configuration)
            .BuildServiceProvider();
    }

    private static async Task<List<string>> CheckedInAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT instance_name FROM qrtz_scheduler_state", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Runs for a while and records how many of its executions overlap, on whichever node.</summary>
    [DisallowConcurrentExecution]
    public sealed class ProbeJob : IJob
    {
        private static int _running;
        private static int _maxConcurrent;

        public static ConcurrentQueue<string> Runs { get; } = new();

        public static int MaxConcurrent => Volatile.Read(ref _maxConcurrent);

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            var now = Interlocked.Increment(ref _running);
            int seen;
            while (now > (seen = Volatile.Read(ref _maxConcurrent)) && Interlocked.CompareExchange(ref _maxConcurrent, now, seen) != seen)
            {
            }

            try
            {
                Runs.Enqueue(context.Scheduler.SchedulerInstanceId);
                await Task.Delay(300, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }
}

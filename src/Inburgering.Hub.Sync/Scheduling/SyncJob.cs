using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Engine;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Inburgering.Hub.Sync.Scheduling;

/// <summary>The scheduled run of one connector. Never runs twice at once (also across a Quartz cluster).</summary>
[DisallowConcurrentExecution]
public sealed partial class SyncJob(SyncEngine engine, ILogger<SyncJob> logger) : IJob
{
    public const string ConnectorKey = "connector";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var connector = context.MergedJobDataMap.GetString(ConnectorKey)
            ?? throw new InvalidOperationException("SyncJob needs the job data 'connector'.");
        try
        {
            await engine.RunAsync(connector, SyncTrigger.Schedule, cancellationToken);
        }
        catch (SyncAlreadyRunningException)
        {
            LogSkipped(connector);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled run of {Connector} skipped: a run is already under way")]
    private partial void LogSkipped(string connector);
}

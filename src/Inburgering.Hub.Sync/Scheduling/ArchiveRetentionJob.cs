using Inburgering.Hub.Sync.Archive;
using Quartz;

namespace Inburgering.Hub.Sync.Scheduling;

/// <summary>Daily removal of raw archive content and of processed partner files past their retention.</summary>
[DisallowConcurrentExecution]
public sealed class ArchiveRetentionJob(ArchiveRetention retention, ProcessedFileRetention processedFiles) : IJob
{
    public static readonly JobKey Key = new("archive-retention", "maintenance");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await retention.PurgeExpiredAsync(cancellationToken);
        processedFiles.PurgeExpired();
    }
}

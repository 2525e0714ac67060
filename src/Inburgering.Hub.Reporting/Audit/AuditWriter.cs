using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Operational;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Inburgering.Hub.Reporting.Audit;

/// <summary>Stores queued audit entries in batches with a system context; a failed write is logged with the entries it lost.</summary>
public sealed partial class AuditWriter(AuditTrail trail, HubDbContextFactory contexts, ILogger<AuditWriter> logger) : BackgroundService
{
    public const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = trail.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                await WriteAvailableAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: store what was queued so far.
            await WriteAvailableAsync(CancellationToken.None);
        }
    }

    private async Task WriteAvailableAsync(CancellationToken cancellationToken)
    {
        var batch = new List<AuditEntry>(BatchSize);
        while (trail.Reader.TryRead(out var entry))
        {
            batch.Add(entry);
            if (batch.Count == BatchSize)
            {
                await WriteAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await WriteAsync(batch, cancellationToken);
        }
    }

    private async Task WriteAsync(List<AuditEntry> batch, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = contexts.CreateSystem();
            db.AuditEntries.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
        }
#pragma warning disable CA1031 // the audit writer must survive any storage failure; each loss is logged
        catch (Exception ex)
#pragma warning restore CA1031
        {
            foreach (var e in batch)
            {
                LogLost(ex, e.At, e.Subject, e.Roles, e.OperationName, e.DocumentHash, e.GemeentenTouched, e.RowsReturned, e.Outcome);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit entry could not be stored: at {At}, subject {Subject}, roles {Roles}, operation {Operation}, document {Hash}, gemeenten {Gemeenten}, rows {Rows}, outcome {Outcome}")]
    private partial void LogLost(Exception exception, DateTimeOffset at, string subject, string roles, string? operation, string hash, string gemeenten, int rows, string outcome);
}

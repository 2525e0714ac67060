using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Operational;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Inburgering.Hub.Reporting.Audit;

/// <summary>
/// Stores queued audit entries in batches with a system context; a failed write is logged with the entries it lost.
/// Entries are gathered for <see cref="FlushInterval"/> after the first one arrives and written in one
/// transaction: an entry is stored about 0.2 s after its request, and a busy hub writes to the store at
/// most five times a second instead of once per request. (On SQLite every committed write makes each
/// reading connection drop its page cache and its mapping of the file at its next read; per-request
/// writes cost the reads of the next requests more CPU than the writes themselves.) On shutdown what was
/// queued is stored at once.
/// </summary>
public sealed partial class AuditWriter(AuditTrail trail, HubDbContextFactory contexts, ILogger<AuditWriter> logger) : BackgroundService
{
    public const int BatchSize = 200;

    /// <summary>
    /// How long the writer gathers entries after the first one before it writes them (0.2 s). A normal stop
    /// (SIGTERM) stores every queued entry; a killed process (SIGKILL, power loss) loses the entries of at
    /// most this long before it, as the writer is asynchronous.
    /// </summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = trail.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(FlushInterval, stoppingToken);
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

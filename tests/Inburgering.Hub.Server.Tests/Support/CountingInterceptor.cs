using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inburgering.Hub.Server.Tests.Support;

/// <summary>
/// Counts the SQL statements EF sends (readers, scalars and non-queries), except the audit trail's
/// inserts, which the background writer sends at its own moment.
/// </summary>
public sealed class CountingInterceptor : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        CountUnlessAudit(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        CountUnlessAudit(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        CountUnlessAudit(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        CountUnlessAudit(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        CountUnlessAudit(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        CountUnlessAudit(command);
        return ValueTask.FromResult(result);
    }

    private void CountUnlessAudit(DbCommand command)
    {
        if (!command.CommandText.Contains("audit_entries", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _count);
        }
    }
}

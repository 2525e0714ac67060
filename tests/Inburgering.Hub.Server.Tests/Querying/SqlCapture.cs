using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inburgering.Hub.Server.Tests.Querying;

/// <summary>Records each statement's SQL and how many rows its reader returned.</summary>
public sealed class SqlCapture : DbCommandInterceptor
{
    private readonly ConcurrentQueue<Statement> _statements = new();
    private readonly ConcurrentDictionary<DbCommand, string> _open = new();

    /// <summary>The statements captured since <see cref="Reset"/>, without the audit trail's background inserts.</summary>
    public IReadOnlyList<Statement> Statements => [.. _statements.Where(s => !s.Sql.Contains("audit_entries", StringComparison.Ordinal))];

    public void Reset() => _statements.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _open[command] = command.CommandText;
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        _open[command] = command.CommandText;
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _statements.Enqueue(new Statement(command.CommandText, 1));
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Closed(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Closed(command, eventData);
        return result;
    }

    private void Closed(DbCommand command, DataReaderClosingEventData eventData)
    {
        if (_open.TryRemove(command, out var sql))
        {
            // ReadCount counts the last Read() that found no more rows when the reader was read to the end.
            _statements.Enqueue(new Statement(sql, eventData.ReadCount));
        }
    }

    /// <summary>A statement and its reader's <c>DataReaderClosingEventData.ReadCount</c> (rows + 1 when read to the end).</summary>
    public sealed record Statement(string Sql, int Reads);
}

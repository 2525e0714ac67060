using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inburgering.Hub.Bench.Query;

/// <summary>
/// Counts the SQL statements EF sends on every hub context, except the audit trail's background
/// inserts; while <see cref="Capture"/> is on it also keeps each query's text, parameters and time
/// from execution until its reader was disposed (for <c>--explain</c>).
/// </summary>
internal sealed class StatementCounter : DbCommandInterceptor
{
    private readonly List<CapturedStatement> _captured = [];
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbCommand, object> _executed = [];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public bool Capture { get; set; }

    public IReadOnlyList<CapturedStatement> Captured
    {
        get
        {
            lock (_captured)
            {
                return [.. _captured];
            }
        }
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        lock (_captured)
        {
            _captured.Clear();
        }
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (Capture)
        {
            // SQLite computes much of a query in its first step, inside ExecuteReader.
            _executed.AddOrUpdate(command, eventData.Duration);
        }

        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(eventData);
        if (Capture && !command.CommandText.Contains("audit_entries", StringComparison.Ordinal))
        {
            var parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList();
            lock (_captured)
            {
                var executing = _executed.TryGetValue(command, out var duration) ? (TimeSpan)duration : TimeSpan.Zero;
                _captured.Add(new CapturedStatement(command.CommandText, parameters, executing + eventData.Duration));
            }
        }

        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    private void Add(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!command.CommandText.Contains("audit_entries", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _count);
        }
    }
}

using System.Data.Common;
using System.Runtime.CompilerServices;
using Inburgering.Hub.Sync.Telemetry;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inburgering.Hub.Server.Hosting;

/// <summary>
/// Counts the SQL statements an HTTP request sends (EF Core command interceptor, registered as an
/// <see cref="IInterceptor"/> for every context): the count lives in the request's
/// <c>HttpContext.Items[HubTelemetry.SqlStatementsKey]</c> and is recorded as
/// <c>hub.graphql.sql_statements</c> when the GraphQL request ends. Commands outside a request (sync runs) are not counted.
/// </summary>
internal sealed class SqlStatementCounter(IHttpContextAccessor http) : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private void Count()
    {
        if (http.HttpContext is not { } context)
        {
            return;
        }

        lock (context.Items)
        {
            if (context.Items.TryGetValue(HubTelemetry.SqlStatementsKey, out var box) && box is StrongBox<int> count)
            {
                Interlocked.Increment(ref count.Value);
            }
            else
            {
                context.Items[HubTelemetry.SqlStatementsKey] = new StrongBox<int>(1);
            }
        }
    }
}

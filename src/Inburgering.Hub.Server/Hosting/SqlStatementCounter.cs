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
    // EF Core initializes one command per statement it sends (reader, scalar or non-query, sync or async).
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Count();
        return result;
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

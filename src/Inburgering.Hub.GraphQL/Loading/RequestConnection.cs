using System.Data;
using GraphQL;
using Inburgering.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.GraphQL.Loading;

/// <summary>One database connection per request for the reads of a query.</summary>
internal static class RequestConnection
{
    /// <summary>
    /// The request's caller-scoped context with its connection opened once and kept open until the request
    /// ends (the scoped context closes it): the page and its batched relations share one connection instead
    /// of taking one from the pool (and setting it up) for each statement.
    /// </summary>
    public static async Task<HubDbContext> ReadDbAsync(this IResolveFieldContext context, CancellationToken cancellationToken)
    {
        var db = context.Db();
        if (db.Database.GetDbConnection().State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        return db;
    }
}

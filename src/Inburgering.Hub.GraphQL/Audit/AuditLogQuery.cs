using GraphQL;
using GraphQL.Types;
using Inburgering.Hub.GraphQL.Paging;
using Inburgering.Hub.Reporting.Audit;
using Inburgering.Hub.Reporting.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.GraphQL.Audit;

/// <summary>Adds <c>auditLog</c> (role auditor) to the root query.</summary>
internal static class AuditLogQuery
{
    public static void AddAuditLog(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<AuditEntryConnectionGraphType>>("auditLog")
            .Description("Audited operations and exports, newest first (role auditor): those that touched a gemeente of your gemeente or regio claims; entries that touched no gemeente only when your claims cover every gemeente of the hub.")
            .AuthorizeWithRoles(HubRoles.Auditor)
            .Paged()
            .ResolveAsync(async c =>
            {
                var size = c.PageSizeOf();

                var after = c.After() is { } cursor ? Cursor.Decode(cursor) : (long?)null;
                var scope = c.RequestServices!.GetService<AuditScope>() ?? AuditScope.None;
                var all = c.Db().AuditEntries.AsNoTracking().Where(scope.Filter());
                var page = after is { } a ? all.Where(e => e.Id < a) : all;
                var rows = await page.OrderByDescending(e => e.Id).Take(size + 1).ToListAsync(c.CancellationToken);
                var edges = rows.Take(size).Select(e => new Edge<Domain.Operational.AuditEntry>(Cursor.Encode(e.Id), e)).ToList();
                return new Page<Domain.Operational.AuditEntry>(edges, rows.Count > size, after is not null, ct => all.CountAsync(ct));
            });
    }
}

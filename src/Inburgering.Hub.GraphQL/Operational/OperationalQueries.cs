using GraphQL;
using GraphQL.Types;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.GraphQL.Paging;
using Inburgering.Hub.GraphQL.Querying;
using Inburgering.Hub.GraphQL.Types;
using Inburgering.Hub.Reporting.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.GraphQL.Operational;

/// <summary>Root fields about the hub's own operation: connectors, sync runs, quarantine.</summary>
internal static class OperationalQueries
{
    public static void AddOperationalFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectorGraphType>>>>("connectors")
            .AuthorizeWithRoles(HubRoles.Beheerder)
            .Description("Installed connectors with version, streams, settings (secrets redacted), schedule, last and next run.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ConnectorInfoReader>().ReadAsync(c.CancellationToken));

        query.Field<NonNullGraphType<SyncRunConnectionGraphType>>("syncRuns")
            .AuthorizeWithRoles(HubRoles.Beheerder)
            .Description("Run history, newest first.")
            .Paged()
            .Queryable<SyncRun>()
            .Argument<StringGraphType>("connector", "Only runs of this connector.")
            .Argument<EnumerationGraphType<SyncRunStatus>>("status", "Only runs with this status.")
            .ResolveAsync(async c =>
            {
                var connector = c.GetArgument<string?>("connector");
                var status = c.GetArgument<SyncRunStatus?>("status");
                var runs = c.Db().SyncRuns.AsNoTracking()
                    .Where(r => (connector == null || r.Connector == connector) && (status == null || r.Status == status));
                return await c.PageQueryAsync(runs, newestFirst: true);
            });

        query.Field<SyncRunGraphType>("syncRun")
            .AuthorizeWithRoles(HubRoles.Beheerder)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<long>("id");
                return await c.Db().SyncRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, c.CancellationToken);
            });

        query.Field<NonNullGraphType<QuarantineConnectionGraphType>>("quarantine")
            .AuthorizeWithRoles(HubRoles.Beheerder)
            .Description("Quarantined records of your gemeenten, newest first (content BSN-masked).")
            .Paged()
            .Queryable<QuarantineRecord>()
            .Argument<EnumerationGraphType<QuarantineStatus>>("status", "Default OPEN.")
            .Argument<StringGraphType>("connector")
            .Argument<StringGraphType>("reasonCode")
            .ResolveAsync(async c =>
            {
                var status = c.GetArgument("status", QuarantineStatus.Open);
                var connector = c.GetArgument<string?>("connector");
                var reason = c.GetArgument<string?>("reasonCode");
                var rows = c.Db().QuarantineRecords.AsNoTracking()
                    .Where(q => q.Status == status && (connector == null || q.Connector == connector) && (reason == null || q.ReasonCode == reason));
                return await c.PageQueryAsync(rows, newestFirst: true);
            });
    }
}

using GraphQL.Types;
using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Operational;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.GraphQL.Operational;

/// <summary>A sync run.</summary>
public sealed class SyncRunGraphType : ObjectGraphType<SyncRun>
{
    public SyncRunGraphType()
    {
        Name = "SyncRun";
        Description = "One run of one connector and what it did.";
        this.AddRunIdentity();
        Field(r => r.Read).Description("Records, rejections and tombstones read.");
        Field(r => r.Inserted);
        Field(r => r.Updated);
        Field(r => r.Unchanged);
        Field(r => r.Deleted).Description("Withdrawn by a snapshot or deleted by a tombstone.");
        Field(r => r.Quarantined);
        Field(r => r.Error, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SyncRunEventGraphType>>>>("events")
            .Description("What happened besides the counts, in order: skipped re-deliveries, held snapshots and their release.")
            .ResolveAsync(async c =>
            {
                // Its own context: resolvers of a list run concurrently, and run events are not gemeente-bound.
                await using var db = c.RequestServices!.GetRequiredService<HubDbContextFactory>().CreateSystem();
                return await db.SyncRunEvents.AsNoTracking().Where(e => e.RunId == c.Source.Id).OrderBy(e => e.Id).ToListAsync(c.CancellationToken);
            });
    }
}

/// <summary>The fields that say which run it was, shared by <see cref="SyncRunGraphType"/> and its lineage view <c>BronRun</c>.</summary>
internal static class RunIdentityFields
{
    /// <summary>Adds id, connector, version, trigger, status and start/end time, in that order.</summary>
    public static void AddRunIdentity(this ObjectGraphType<SyncRun> type)
    {
        type.Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        type.Field(r => r.Connector);
        type.Field(r => r.ConnectorVersion).Description("Version of the connector that ran.");
        type.Field(r => r.Trigger);
        type.Field(r => r.Status);
        type.Field(r => r.StartedAt);
        type.Field(r => r.EndedAt, nullable: true);
    }
}

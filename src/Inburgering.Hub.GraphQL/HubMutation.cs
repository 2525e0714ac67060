using GraphQL;
using GraphQL.Types;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.GraphQL.Operational;
using Inburgering.Hub.Reporting.Authorization;
using Inburgering.Hub.Sync.Engine;
using Inburgering.Hub.Sync.Quarantine;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.GraphQL;

/// <summary>Root mutations: start a sync, release a held snapshot, replay or discard quarantined records.</summary>
public sealed class HubMutation : ObjectGraphType
{
    public HubMutation()
    {
        Name = "Mutation";

        Field<NonNullGraphType<SyncRunGraphType>>("startSync")
            .AuthorizeWithRoles(HubRoles.Beheerder)
            .Description("Starts a run of the connector now and returns it (status RUNNING); follow it with syncRun(id).")
            .Argument<NonNullGraphType<StringGraphType>>("connector")
            .ResolveAsync(async c =>
            {
                var engine = c.RequestServices!.GetRequiredService<SyncEngine>();
                try
                {
                    return await engine.StartAsync(c.GetArgument<string>("connector"), SyncTrigger.Manual);
                }
                catch (Exception ex) when (ex is UnknownConnectorException or SyncAlreadyRunningException)
                {
                    throw new ExecutionError(ex.Message) { Code = ex is UnknownConnectorException ? "UNKNOWN_CONNECTOR" : "SYNC_RUNNING" };
                }
            });

        Field<NonNullGraphType<IntGraphType>>("releaseHeldSnapshot")
            .AuthorizeWithRoles(HubRoles.Beheerder)
            .Description(
                "Applies the held withdrawal of a full-snapshot document (a run that ended HELD; its SNAPSHOT_HELD event names the source "
                + "file) and returns the rows withdrawn. Refused when a later document of the stream was applied (it decides instead), "
                + "the connector is running, or the withdrawal touches rows of a gemeente the caller has no access to. Audited like every mutation.")
            .Argument<NonNullGraphType<IdGraphType>>("sourceFileId")
            .ResolveAsync(async c =>
            {
                var engine = c.RequestServices!.GetRequiredService<SyncEngine>();
                var who = c.User?.FindFirst("sub")?.Value ?? c.User?.Identity?.Name ?? "unknown";
                try
                {
                    var caller = Caller(c);
                    return await engine.ReleaseHeldSnapshotAsync(
                        c.GetArgument<long>("sourceFileId"), who, caller.IsUnrestricted ? null : caller.Gemeenten, c.CancellationToken);
                }
                catch (Exception ex) when (ex is InvalidOperationException or SyncAlreadyRunningException)
                {
                    throw new ExecutionError(ex.Message) { Code = ex is SyncAlreadyRunningException ? "SYNC_RUNNING" : "NOT_HELD" };
                }
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuarantineOutcomeGraphType>>>>("replayQuarantine")
            .AuthorizeWithRoles(HubRoles.Beheerder)
            .Description("Loads quarantined records again after a mapping or configuration fix; one outcome per id.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async c => await Service(c).ReplayAsync(Ids(c), Caller(c), c.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuarantineOutcomeGraphType>>>>("discardQuarantine")
            .AuthorizeWithRoles(HubRoles.Beheerder)
            .Description("Marks quarantined records as discarded (kept for the record, no longer open).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async c => await Service(c).DiscardAsync(Ids(c), Caller(c), c.CancellationToken));
    }

    private static QuarantineService Service(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<QuarantineService>();

    private static ICallerScope Caller(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ICallerScope>();

    private static List<long> Ids(IResolveFieldContext context) => context.GetArgument<List<long>>("ids");
}

using GraphQL.Types;
using Inburgering.Hub.Domain.Operational;

namespace Inburgering.Hub.GraphQL.Operational;

/// <summary>Something that happened in a sync run besides its counts.</summary>
public sealed class SyncRunEventGraphType : ObjectGraphType<SyncRunEvent>
{
    public SyncRunEventGraphType()
    {
        Name = "SyncRunEvent";
        Description = "Something that happened in a sync run besides its counts: a skipped re-delivery, a held snapshot, its release.";
        Field(e => e.At).Description("When it happened (UTC).");
        Field(e => e.Kind).Description("SKIPPED_REDELIVERY, SNAPSHOT_HELD or SNAPSHOT_RELEASED.");
        Field(e => e.Message).Description("What happened (BSNs masked).");
        Field(e => e.Count, nullable: true).Description("The number it is about (rows a held snapshot would withdraw, rows a release withdrew).");
    }
}

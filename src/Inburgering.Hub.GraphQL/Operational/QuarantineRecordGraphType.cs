using GraphQL.Types;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Types;

namespace Inburgering.Hub.GraphQL.Operational;

/// <summary>A quarantined record.</summary>
public sealed class QuarantineRecordGraphType : ObjectGraphType<QuarantineRecord>
{
    public QuarantineRecordGraphType()
    {
        Name = "QuarantineRecord";
        Description = "A source record the hub could not load, with where it came from and why. Content has every 9-digit number masked.";
        Field(q => q.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(q => q.RunId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(q => q.Connector);
        Field(q => q.Stream);
        Field(q => q.Location).Description("File and line, or URL and item id.");
        Field(q => q.SourceId, nullable: true).Description("The partner's record id, when readable.");
        Field(q => q.GemeenteCode, nullable: true);
        Field(q => q.ReasonCode).Description("Stable reason code, e.g. INVALID_BSN, UNKNOWN_GEMEENTE, INVALID_DATE.");
        Field(q => q.Message);
        Field(q => q.Content).Description("The raw record, BSNs masked.");
        Field(q => q.Status);
        Field(q => q.CreatedAt);
        Field(q => q.ResolvedAt, nullable: true);
        Field(q => q.SeenCount).Description("How often this record was refused while the entry was open (1, +1 per re-delivery).");
        Field(q => q.LastSeenRunId, type: typeof(IdGraphType)).Description("The run that refused it last.");
        Field("replayable", q => q.RecordJson != null)
            .Description("The connector could read it: replayQuarantine can load it after a configuration or mapping fix.");
        Field<SourceFileGraphType>("bestand").Resolve(c => c.Source.SourceFileId is { } id ? c.SourceFile(id) : null);
    }
}

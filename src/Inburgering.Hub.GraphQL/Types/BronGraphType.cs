using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Querying;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>Lineage of a canonical row.</summary>
public sealed class BronGraphType : ObjectGraphType<SourcedRecord>
{
    public BronGraphType()
    {
        Name = "Bron";
        Description = "Where a row came from: connector, stream, the partner's record id and the file/page.";
        Field("connector", r => r.SourceConnector);
        Field("stream", r => r.SourceStream);
        Field("bronId", r => r.SourceId).Description("The partner's id of the record.");
        Field("locatie", r => r.SourceLocation, nullable: true).Description("Line or item in the file/page.");
        Field("inhoudHash", r => r.ContentHash).Description("SHA-256 of the canonical content.");
        Field("eersteRun", r => r.FirstSeenRunId, type: typeof(NonNullGraphType<IdGraphType>));
        Field("laatstGewijzigdRun", r => r.LastChangedRunId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<BronRunGraphType>("run")
            .Description("The sync run that last changed the row (with the connector version); its counts over all gemeenten are on syncRun (role beheerder).")
            .Reads(nameof(SourcedRecord.LastChangedRunId))
            .Resolve(c => c.SyncRun(c.Source.LastChangedRunId));
        Field<StringGraphType>("ruwRecord")
            .Description("The raw record as received (every 9-digit number masked), from the raw archive; null after its retention.")
            .Reads(nameof(SourcedRecord.SourceFileId), nameof(SourcedRecord.SourceLocation))
            .Resolve(c => c.Source.SourceFileId is { } file && c.Source.SourceLocation is { } location
                ? c.RuwRecord(file, location)
                : null);
        Field<SourceFileGraphType>("bestand")
            .Description("The file or page the current version came from.")
            .Reads(nameof(SourcedRecord.SourceFileId))
            .Resolve(c => c.Source.SourceFileId is { } id ? c.SourceFile(id) : null);
    }
}

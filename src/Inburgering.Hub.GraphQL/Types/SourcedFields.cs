using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Querying;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>Fields every canonical row type has: id, gemeente, withdrawn flag, lineage.</summary>
internal static class SourcedFields
{
    public static void AddSourcedFields<T>(this ObjectGraphType<T> type)
        where T : SourcedRecord, IGemeenteScoped
    {
        type.Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        type.Field(r => r.GemeenteCode).Description("The gemeente on this record (GMnnnn).");
        type.Field<GemeenteGraphType>("gemeente").Reads(nameof(IGemeenteScoped.GemeenteCode)).Resolve(c => c.Gemeente(c.Source.GemeenteCode));
        type.Field("ingetrokken", r => r.IsDeleted)
            .Description("The source withdrew (newer snapshot without it) or deleted (tombstone) this record.");
        type.Field<NonNullGraphType<BronGraphType>>("bron").Description("Lineage back to the source record.").ReadsRow().Resolve(c => c.Source);
    }
}

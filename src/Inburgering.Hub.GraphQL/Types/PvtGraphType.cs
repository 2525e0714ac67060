using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Querying;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>Participatieverklaringstraject completed.</summary>
public sealed class PvtGraphType : ObjectGraphType<Pvt>
{
    public PvtGraphType()
    {
        Name = "Pvt";
        Description = "Participatieverklaringstraject (PVT) completed at a taalaanbieder.";
        this.AddSourcedFields();
        Field(p => p.AfgerondOp).Description("Date the PVT was completed.");
        Field(p => p.Aanbieder).Description("Taalaanbieder that ran it.");
        Field<InburgeraarGraphType>("inburgeraar")
            .Description("The person; null when the person is now the responsibility of a gemeente you cannot see.")
            .Reads(nameof(PersonFact.InburgeraarId))
            .Resolve(c => c.Inburgeraar(c.Source.InburgeraarId));
    }
}

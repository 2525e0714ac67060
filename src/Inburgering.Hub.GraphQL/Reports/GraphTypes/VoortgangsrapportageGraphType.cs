using GraphQL.Types;
using Inburgering.Hub.Reporting.Model;

namespace Inburgering.Hub.GraphQL.Reports.GraphTypes;

/// <summary>The voortgangsrapportage: one report per gemeente in the order asked, and the region.</summary>
public sealed class VoortgangsrapportageGraphType : ObjectGraphType<Voortgangsrapportage>
{
    public VoortgangsrapportageGraphType()
    {
        Name = "Voortgangsrapportage";
        Description = "Voortgangsrapportage inburgering over [van, tot] (inclusive), per gemeente and for the region (docs/voortgangsrapportage.md).";
        Field(r => r.Van);
        Field(r => r.Tot);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GemeenteRapportageGraphType>>>>("gemeenten")
            .Description("One report per gemeente, in the order asked.")
            .Resolve(c => c.Source.Gemeenten);
        Field<NonNullGraphType<GemeenteRapportageGraphType>>("regio")
            .Description("The same definitions over the union of the gemeenten above (distinct persons, not a sum); gemeente is null.")
            .Resolve(c => c.Source.Regio);
    }
}

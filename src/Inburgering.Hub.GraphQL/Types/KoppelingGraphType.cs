using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Querying;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>COA koppeling.</summary>
public sealed class KoppelingGraphType : ObjectGraphType<Koppeling>
{
    public KoppelingGraphType()
    {
        Name = "Koppeling";
        Description = "COA koppeling of a statushouder to a gemeente (TVS export).";
        this.AddSourcedFields();
        Field(k => k.Koppeldatum);
        Field(k => k.Huisvestingsdatum, nullable: true).Description("Date the person moved into the gemeente; null while not housed.");
        Field(k => k.TaakstellingPeriode).Description("Half-year taakstelling the koppeling counts for, YYYY-H1 or YYYY-H2.");
        Field(k => k.GezinId, nullable: true).Description("Household; members share it.");
        Field(k => k.Gezinsrol);
        Field(k => k.Nareiziger);
        Field(k => k.Voorinburgering);
        Field(k => k.Status);
        Field<InburgeraarGraphType>("inburgeraar")
            .Description("The person; null when the person is now the responsibility of a gemeente you cannot see.")
            .Reads(nameof(PersonFact.InburgeraarId))
            .Resolve(c => c.Inburgeraar(c.Source.InburgeraarId));
    }
}

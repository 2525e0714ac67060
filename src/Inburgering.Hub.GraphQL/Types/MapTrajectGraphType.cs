using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Querying;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>Module Arbeidsmarkt en Participatie (WerkSaam).</summary>
public sealed class MapTrajectGraphType : ObjectGraphType<MapTraject>
{
    public MapTrajectGraphType()
    {
        Name = "MapTraject";
        Description = "Module Arbeidsmarkt en Participatie (MAP), run by WerkSaam.";
        this.AddSourcedFields();
        Field(m => m.Startdatum);
        Field(m => m.PraktijkUren).Description("Hours of practice; at least 40 to finish.");
        Field(m => m.ThemasAfgerond).Description("Themas completed, 0–8.");
        Field(m => m.DatumEindgesprek, nullable: true);
        Field(m => m.Resultaat);
        Field<InburgeraarGraphType>("inburgeraar")
            .Description("The person; null when the person is now the responsibility of a gemeente you cannot see.")
            .Reads(nameof(PersonFact.InburgeraarId))
            .Resolve(c => c.Inburgeraar(c.Source.InburgeraarId));
    }
}

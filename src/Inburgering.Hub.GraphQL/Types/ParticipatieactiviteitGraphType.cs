using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Querying;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>Participatie- or werkactiviteit (WerkSaam).</summary>
public sealed class ParticipatieactiviteitGraphType : ObjectGraphType<Participatieactiviteit>
{
    public ParticipatieactiviteitGraphType()
    {
        Name = "Participatieactiviteit";
        Description = "Participatie or work: (oriëntatie)werkstage, vrijwilligerswerk, betaalde baan, taalmaatje.";
        this.AddSourcedFields();
        Field(p => p.Soort, type: typeof(NonNullGraphType<ParticipatieSoortGraphType>));
        Field(p => p.Startdatum);
        Field(p => p.Einddatum, nullable: true).Description("Null while the activiteit runs.");
        Field(p => p.UrenPerWeek, nullable: true);
        Field<InburgeraarGraphType>("inburgeraar")
            .Description("The person; null when the person is now the responsibility of a gemeente you cannot see.")
            .Reads(nameof(PersonFact.InburgeraarId))
            .Resolve(c => c.Inburgeraar(c.Source.InburgeraarId));
    }
}

using GraphQL;
using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Querying;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>A person's leerroute at one taalaanbieder.</summary>
public sealed class LeerrouteDeelnameGraphType : ObjectGraphType<LeerrouteDeelname>
{
    public LeerrouteDeelnameGraphType()
    {
        Name = "LeerrouteDeelname";
        Description = "A person's leerroute at one taalaanbieder, as of the latest progress line (taalaanbieder voortgang).";
        this.AddSourcedFields();
        Field(d => d.Aanbieder).Description("Taalaanbieder code from the connector's mapping, e.g. FIOLET.");
        Field(d => d.CursistId).Description("The aanbieder's id of the cursist.");
        Field(d => d.Leerroute, type: typeof(NonNullGraphType<LeerrouteGraphType>));
        Field(d => d.Startdatum).Description("Start of the leerroute at this aanbieder.");
        Field(d => d.Status).Description("Status on the latest peildatum.");
        Field(d => d.Einddatum, nullable: true).Description("Set when the deelname ended (AFGEROND, UITGEVALLEN, OVERGESTAPT).");
        Field(d => d.LaatstePeildatum).Description("Peildatum of the progress line status and einddatum come from.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VoortgangsmetingGraphType>>>>("voortgangsmetingen")
            .Description("Progress per peildatum, oldest first.")
            .Argument<BooleanGraphType>("metIngetrokken", "Include withdrawn metingen (default false).")
            .Reads(nameof(LeerrouteDeelname.Id))
            .Resolve(c => c.MetingenOf(c.Source.Id, c.GetArgument("metIngetrokken", false)));
        Field<InburgeraarGraphType>("inburgeraar")
            .Description("The person; null when the person is now the responsibility of a gemeente you cannot see.")
            .Reads(nameof(PersonFact.InburgeraarId))
            .Resolve(c => c.Inburgeraar(c.Source.InburgeraarId));
    }
}

using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Querying;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>Progress of a leerroute-deelname on one peildatum.</summary>
public sealed class VoortgangsmetingGraphType : ObjectGraphType<Voortgangsmeting>
{
    public VoortgangsmetingGraphType()
    {
        Name = "Voortgangsmeting";
        Description = "Progress of a leerroute-deelname on one peildatum (one line per cursist per month).";
        this.AddSourcedFields();
        Field(m => m.Peildatum);
        Field(m => m.UrenAangeboden).Description("Hours offered up to the peildatum.");
        Field(m => m.UrenGevolgd).Description("Hours attended up to the peildatum.");
        Field(m => m.UrenGeoorloofdVerzuim).Description("Excused absence in hours.");
        Field(m => m.UrenOngeoorloofdVerzuim).Description("Unexcused absence in hours.");
        Field(m => m.UrenParticipatie, nullable: true).Description("Z-route participation hours.");
        Field(m => m.NiveauLezen, type: typeof(NiveauGraphType)).Description("Latest assessed level, lezen.");
        Field(m => m.NiveauLuisteren, type: typeof(NiveauGraphType)).Description("Latest assessed level, luisteren.");
        Field(m => m.NiveauSchrijven, type: typeof(NiveauGraphType)).Description("Latest assessed level, schrijven.");
        Field(m => m.NiveauSpreken, type: typeof(NiveauGraphType)).Description("Latest assessed level, spreken.");
        Field(m => m.KnmAfgerond).Description("Kennis van de Nederlandse Maatschappij done.");
        Field<LeerrouteDeelnameGraphType>("leerrouteDeelname")
            .Description("The deelname this meting belongs to.")
            .Reads(nameof(Voortgangsmeting.LeerrouteDeelnameId))
            .Resolve(c => c.LeerrouteDeelname(c.Source.LeerrouteDeelnameId));
    }
}

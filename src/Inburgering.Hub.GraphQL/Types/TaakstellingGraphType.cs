using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>Half-year taakstelling.</summary>
public sealed class TaakstellingGraphType : ObjectGraphType<Taakstelling>
{
    public TaakstellingGraphType()
    {
        Name = "Taakstelling";
        Description = "Half-year housing target of a gemeente (set by the Rijk) and what was realised.";
        this.AddSourcedFields();
        Field(t => t.Periode).Description("YYYY-H1 or YYYY-H2.");
        Field("taakstelling", t => t.Aantal).Description("Persons to house in the period.");
        Field(t => t.Gerealiseerd).Description("Persons housed against it.");
    }
}

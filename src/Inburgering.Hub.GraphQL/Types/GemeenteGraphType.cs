using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>A gemeente.</summary>
public sealed class GemeenteGraphType : ObjectGraphType<Gemeente>
{
    public GemeenteGraphType()
    {
        Name = "Gemeente";
        Description = "A gemeente served by the hub.";
        Field(g => g.Code).Description("CBS gemeentecode, GMnnnn.");
        Field(g => g.Naam);
        Field(g => g.Regio);
    }
}

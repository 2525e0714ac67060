using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Querying;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>Uitkering (WerkSaam).</summary>
public sealed class UitkeringGraphType : ObjectGraphType<Uitkering>
{
    public UitkeringGraphType()
    {
        Name = "Uitkering";
        Description = "Participatiewet-uitkering paid by WerkSaam.";
        this.AddSourcedFields();
        Field(u => u.Soort);
        Field(u => u.Ingangsdatum);
        Field(u => u.Einddatum, nullable: true).Description("Null while the uitkering runs.");
        Field(u => u.RedenUitstroom, nullable: true).Description("Why the uitkering ended; null while it runs.");
        Field<InburgeraarGraphType>("inburgeraar")
            .Description("The person; null when the person is now the responsibility of a gemeente you cannot see.")
            .Reads(nameof(PersonFact.InburgeraarId))
            .Resolve(c => c.Inburgeraar(c.Source.InburgeraarId));
    }
}

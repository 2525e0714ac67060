using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Querying;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>Brede intake and PIP (WerkSaam RIT).</summary>
public sealed class BredeIntakeGraphType : ObjectGraphType<BredeIntake>
{
    public BredeIntakeGraphType()
    {
        Name = "BredeIntakePip";
        Description = "Brede intake with leerbaarheidstoets and advies, and the Plan Inburgering en Participatie (PIP) that follows it (WerkSaam RIT).";
        this.AddSourcedFields();
        Field(b => b.BredeIntakeDatum, nullable: true);
        Field(b => b.LeerbaarheidstoetsDatum, nullable: true);
        Field(b => b.AdviesLeerroute, type: typeof(LeerrouteGraphType)).Description("Leerroute advised after the brede intake.");
        Field(b => b.PipDagtekening, nullable: true).Description("Dagtekening of the PIP; null while no PIP is vastgesteld.");
        Field(b => b.Leerroute, type: typeof(LeerrouteGraphType)).Description("Leerroute vastgesteld in the PIP; null while not vastgesteld.");
        Field(b => b.PipBeeindigdOp, nullable: true);
        Field(b => b.PipBeeindigdReden, nullable: true).Description("Why the PIP ended, as WerkSaam reports it.");
        Field<InburgeraarGraphType>("inburgeraar")
            .Description("The person; null when the person is now the responsibility of a gemeente you cannot see.")
            .Reads(nameof(PersonFact.InburgeraarId))
            .Resolve(c => c.Inburgeraar(c.Source.InburgeraarId));
    }
}

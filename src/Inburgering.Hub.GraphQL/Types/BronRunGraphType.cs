using GraphQL.Types;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.GraphQL.Operational;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>
/// The run that last changed a row, as its lineage: which connector and version, when and how it ended.
/// Not its counts: a run reads all gemeenten of a delivery, so its totals would tell a caller of one gemeente
/// about the others (the whole run is <c>syncRun(id:)</c>, role beheerder).
/// </summary>
public sealed class BronRunGraphType : ObjectGraphType<SyncRun>
{
    public BronRunGraphType()
    {
        Name = "BronRun";
        Description = "The sync run that last changed a row: connector, version, trigger, status and times (its counts over all gemeenten: syncRun, role beheerder).";
        this.AddRunIdentity();
        Field(r => r.Error, nullable: true);
    }
}

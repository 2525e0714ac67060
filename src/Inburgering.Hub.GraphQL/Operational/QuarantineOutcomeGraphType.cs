using GraphQL.Types;
using Inburgering.Hub.Sync.Quarantine;

namespace Inburgering.Hub.GraphQL.Operational;

/// <summary>Result of replaying or discarding one quarantined record.</summary>
public sealed class QuarantineOutcomeGraphType : ObjectGraphType<QuarantineOutcome>
{
    public QuarantineOutcomeGraphType()
    {
        Name = "QuarantineOutcome";
        Field(o => o.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(o => o.Succeeded);
        Field(o => o.Message);
    }
}

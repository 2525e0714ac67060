using GraphQL.Types;
using Inburgering.Hub.Domain.Operational;

namespace Inburgering.Hub.GraphQL.Operational;

/// <summary>Status of a quarantined record.</summary>
public sealed class QuarantineStatusGraphType : EnumerationGraphType<QuarantineStatus>
{
    public QuarantineStatusGraphType() => Name = "QuarantineStatus";
}

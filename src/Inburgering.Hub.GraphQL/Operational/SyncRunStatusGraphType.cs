using GraphQL.Types;
using Inburgering.Hub.Domain.Operational;

namespace Inburgering.Hub.GraphQL.Operational;

/// <summary>Status of a sync run.</summary>
public sealed class SyncRunStatusGraphType : EnumerationGraphType<SyncRunStatus>
{
    public SyncRunStatusGraphType() => Name = "SyncRunStatus";
}

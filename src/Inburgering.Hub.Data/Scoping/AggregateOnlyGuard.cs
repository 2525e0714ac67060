using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inburgering.Hub.Data.Scoping;

/// <summary>
/// Refuses to materialise any entity other than the (public) <see cref="Gemeente"/> catalogue in a
/// context whose scope <see cref="ICallerScope.IsAggregateOnly"/>: such a context may only return
/// projections (counts, sums, keys). One shared instance, so EF keeps one internal service provider.
/// </summary>
public sealed class AggregateOnlyGuard : IMaterializationInterceptor
{
    public static AggregateOnlyGuard Instance { get; } = new();

    private AggregateOnlyGuard()
    {
    }

    public InterceptionResult<object> CreatingInstance(MaterializationInterceptionData materializationData, InterceptionResult<object> result)
    {
        if (materializationData.Context is HubDbContext { Scope.IsAggregateOnly: true }
            && materializationData.EntityType.ClrType != typeof(Gemeente))
        {
            throw new InvalidOperationException(
                $"An aggregate-only store may not read {materializationData.EntityType.ClrType.Name} rows; project to counts or keys instead.");
        }

        return result;
    }
}

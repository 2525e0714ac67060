using System.Linq.Expressions;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Operational;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Data.Configurations;

/// <summary>
/// Puts the one caller-scope filter on every entity that implements <see cref="IGemeenteScoped"/>:
/// <c>row => unrestricted || callerGemeenten.Contains(row.GemeenteCode)</c>. Quarantined records are
/// personal data too: they carry the same filter on the gemeente read from them; those attributed to no
/// gemeente the hub serves are seen by a hub-wide operator only (<see cref="Scoping.ICallerScope.OperatorOfGemeenten"/>).
/// </summary>
internal static class GemeenteScopeFilter
{
    public static void Apply(ModelBuilder modelBuilder, HubDbContext context)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            var clr = entityType.ClrType;
            var scoped = typeof(IGemeenteScoped).IsAssignableFrom(clr) || clr == typeof(QuarantineRecord);
            if (!scoped || entityType.BaseType is not null)
            {
                continue;
            }

            var row = Expression.Parameter(clr, "row");
            var ctx = Expression.Constant(context);
            var unrestricted = Expression.Property(ctx, nameof(HubDbContext.ScopeUnrestricted));
            var gemeenten = Expression.Property(ctx, nameof(HubDbContext.ScopeGemeenten));
            var code = Expression.Property(row, clr.GetProperty(nameof(IGemeenteScoped.GemeenteCode))!);
            var contains = Expression.Call(
                typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], gemeenten, code);
            Expression body = Expression.OrElse(unrestricted, contains);
            if (clr == typeof(QuarantineRecord))
            {
                // A hub-wide operator also sees the records attributed to no gemeente the hub serves.
                var unattributed = Expression.OrElse(
                    Expression.Equal(code, Expression.Constant(null, typeof(string))),
                    Expression.Not(Expression.Call(
                        typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], Expression.Property(ctx, nameof(HubDbContext.ScopeOperatorOf)), code)));
                body = Expression.OrElse(body, Expression.AndAlso(Expression.Property(ctx, nameof(HubDbContext.ScopeIsOperator)), unattributed));
            }

            entityType.SetQueryFilter(Expression.Lambda(body, row));
        }
    }
}

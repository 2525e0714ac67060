using System.Linq.Expressions;
using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Data.Configurations;

/// <summary>
/// Puts the one caller-scope filter on every entity that implements <see cref="IGemeenteScoped"/>:
/// <c>row => unrestricted || callerGemeenten.Contains(row.GemeenteCode)</c>.
/// </summary>
internal static class GemeenteScopeFilter
{
    public static void Apply(ModelBuilder modelBuilder, HubDbContext context)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            var clr = entityType.ClrType;
            if (!typeof(IGemeenteScoped).IsAssignableFrom(clr) || entityType.BaseType is not null)
            {
                continue;
            }

            var row = Expression.Parameter(clr, "row");
            var ctx = Expression.Constant(context);
            var unrestricted = Expression.Property(ctx, nameof(HubDbContext.ScopeUnrestricted));
            var gemeenten = Expression.Property(ctx, nameof(HubDbContext.ScopeGemeenten));
            var code = Expression.Property(row, nameof(IGemeenteScoped.GemeenteCode));
            var contains = Expression.Call(
                typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], gemeenten, code);
            var body = Expression.OrElse(unrestricted, contains);
            entityType.SetQueryFilter(Expression.Lambda(body, row));
        }
    }
}

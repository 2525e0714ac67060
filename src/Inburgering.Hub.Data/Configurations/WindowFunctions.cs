using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace Inburgering.Hub.Data.Configurations;

/// <summary>
/// SQL window functions that EF Core does not translate on its own, mapped for use in LINQ queries of
/// <see cref="HubDbContext"/> (same SQL on SQLite 3.25+ and PostgreSQL).
/// </summary>
public static class WindowFunctions
{
    /// <summary>
    /// <c>COUNT(*) OVER ()</c>: the number of rows of the query's result before <c>LIMIT</c>/<c>OFFSET</c>
    /// (after <c>WHERE</c>), beside each row. Only in LINQ to Entities; calling it directly throws.
    /// </summary>
    /// <exception cref="InvalidOperationException">Always, when called outside a query.</exception>
    public static int CountOver() => throw new InvalidOperationException($"{nameof(CountOver)} is only translated to SQL, in a query of {nameof(HubDbContext)}.");

    internal static void Apply(ModelBuilder modelBuilder)
    {
        // A built-in "function" named COUNT(*) OVER with no arguments prints as COUNT(*) OVER() on every provider.
        modelBuilder.HasDbFunction(typeof(WindowFunctions).GetMethod(nameof(CountOver))!)
            .HasTranslation(_ => new SqlFunctionExpression("COUNT(*) OVER", [], nullable: false, argumentsPropagateNullability: [], typeof(int), typeMapping: null));
    }
}

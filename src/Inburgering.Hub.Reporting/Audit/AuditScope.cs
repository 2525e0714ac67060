using System.Linq.Expressions;
using Inburgering.Hub.Domain.Operational;

namespace Inburgering.Hub.Reporting.Audit;

/// <summary>
/// What an auditor may read of the audit log: the entries that touched one of <see cref="Gemeenten"/> (its
/// <c>gemeente</c> claims and the gemeenten of its <c>regio</c> claims, within <c>Hub:Gemeenten</c>).
/// Entries that touched no gemeente (operations on connectors, refused requests) only when
/// <see cref="HubWide"/>: the auditor covers every configured gemeente.
/// </summary>
public sealed record AuditScope(IReadOnlyList<string> Gemeenten, bool HubWide)
{
    /// <summary>Reads nothing: anyone who is not an auditor.</summary>
    public static AuditScope None { get; } = new([], false);

    /// <summary><c>e => (HubWide and e.GemeentenTouched == "") or ("," + e.GemeentenTouched + ",").Contains(",GMnnnn,") or …</c>, in SQL.</summary>
    public Expression<Func<AuditEntry, bool>> Filter()
    {
        var e = Expression.Parameter(typeof(AuditEntry), "e");
        var touched = Expression.Property(e, nameof(AuditEntry.GemeentenTouched));
        var concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string), typeof(string)])!;
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        var list = Expression.Call(concat, Expression.Constant(","), touched, Expression.Constant(","));
        Expression body = HubWide ? Expression.Equal(touched, Expression.Constant("")) : Expression.Constant(false);
        foreach (var code in Gemeenten)
        {
            body = Expression.OrElse(body, Expression.Call(list, contains, Expression.Constant("," + code + ",")));
        }

        return Expression.Lambda<Func<AuditEntry, bool>>(body, e);
    }
}

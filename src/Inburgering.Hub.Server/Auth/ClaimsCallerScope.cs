using System.Security.Claims;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.GraphQL.Authorization;
using Inburgering.Hub.Sync.Configuration;

namespace Inburgering.Hub.Server.Auth;

/// <summary>
/// The caller scope of an HTTP request (docs/authorization.md):
/// <list type="bullet">
/// <item>row scope: the well-formed <c>gemeente</c> claims of an authenticated user who has a role that
/// works with gemeente-bound rows (<see cref="HubRoles.WithRowScope"/>: medewerker, analist, beheerder);</item>
/// <item>aggregate-only scope: for an <c>analist</c>, every configured gemeente of each <c>regio</c> claim
/// (case-insensitive region name) that is not already in the row scope.</item>
/// </list>
/// Anyone else (no role, auditor only) sees no gemeente-bound row at all. Which root fields a role may
/// select is enforced by <see cref="RoleAuthorizationRule"/>.
/// </summary>
internal static class ClaimsCallerScope
{
    public static ICallerScope From(ClaimsPrincipal? user, GemeenteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (user?.Identity?.IsAuthenticated != true)
        {
            return CallerScope.Nobody;
        }

        var roles = user.FindAll(HubClaims.Role).Select(r => r.Value).ToHashSet(StringComparer.Ordinal);
        if (!roles.Overlaps(HubRoles.WithRowScope))
        {
            return CallerScope.Nobody;
        }

        var rows = user.FindAll(HubClaims.Gemeente)
            .Select(c => c.Value.Trim())
            .Where(v => GemeenteCode.IsWellFormed(v));
        if (!roles.Overlaps(HubRoles.WithRegioAggregates))
        {
            return CallerScope.ForGemeenten(rows);
        }

        var regios = user.FindAll(HubClaims.Regio)
            .Select(c => c.Value.Trim())
            .Where(v => v.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var aggregate = catalog.All.Where(g => regios.Contains(g.Regio)).Select(g => g.Code);
        return CallerScope.ForGemeenten(rows, aggregate);
    }
}

using System.Security.Claims;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.GraphQL.Authorization;

namespace Inburgering.Hub.Server.Auth;

/// <summary>
/// The caller scope of an HTTP request: the well-formed <c>gemeente</c> claims of an authenticated user
/// who has a role that works with gemeente-bound rows (<see cref="HubRoles.WithRowScope"/>: medewerker,
/// analist, beheerder). Anyone else (no role, auditor only) sees no gemeente-bound row at all. Which
/// root fields a role may select is enforced by <see cref="RoleAuthorizationRule"/>.
/// </summary>
internal static class ClaimsCallerScope
{
    public static ICallerScope From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true
            || !user.FindAll(HubClaims.Role).Any(r => HubRoles.WithRowScope.Contains(r.Value)))
        {
            return CallerScope.Nobody;
        }

        return CallerScope.ForGemeenten(user.FindAll(HubClaims.Gemeente)
            .Select(c => c.Value.Trim())
            .Where(v => GemeenteCode.IsWellFormed(v)));
    }
}

using System.Security.Claims;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain.Values;

namespace Inburgering.Hub.Server.Auth;

/// <summary>The caller scope of an HTTP request: the well-formed <c>gemeente</c> claims of an authenticated user.</summary>
internal static class ClaimsCallerScope
{
    public static ICallerScope From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return CallerScope.Nobody;
        }

        return CallerScope.ForGemeenten(user.FindAll(HubClaims.Gemeente)
            .Select(c => c.Value.Trim())
            .Where(v => GemeenteCode.IsWellFormed(v)));
    }
}

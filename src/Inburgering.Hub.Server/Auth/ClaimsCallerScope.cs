using System.Security.Claims;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.GraphQL.Authorization;
using Inburgering.Hub.Reporting.Audit;
using Inburgering.Hub.Reporting.Authorization;
using Inburgering.Hub.Sync.Configuration;

namespace Inburgering.Hub.Server.Auth;

/// <summary>
/// The caller scope of an HTTP request (docs/authorization.md):
/// <list type="bullet">
/// <item>row scope: the <c>gemeente</c> claims of an authenticated user who has a role that works with
/// gemeente-bound rows (<see cref="HubRoles.WithRowScope"/>: medewerker, analist, beheerder), intersected
/// with the configured gemeenten (<c>Hub:Gemeenten</c>): a claim for another gemeente (a token of a
/// neighbouring region, <c>GM0439</c>) gives nothing and is logged as a warning;</item>
/// <item>aggregate-only scope: for an <c>analist</c>, every configured gemeente of each <c>regio</c> claim
/// (case-insensitive region name) that is not already in the row scope;</item>
/// <item>hub operator: a <c>beheerder</c> whose <c>gemeente</c> and <c>regio</c> claims together cover every
/// configured gemeente also gets the quarantined records attributed to none of them
/// (<see cref="ICallerScope.OperatorOfGemeenten"/>); its rows stay those of its <c>gemeente</c> claims.</item>
/// </list>
/// Anyone else (no role, auditor only) sees no gemeente-bound row at all. The claims read here are the
/// hub's own, after the provider's claims went through the configured <see cref="ClaimMapping"/>
/// (<c>Hub:Auth:Claims</c>; <see cref="ClaimMappings.ToHub"/>), for bearer tokens and browser sign-ins alike. Which root fields a role may
/// select is enforced by <see cref="RoleAuthorizationRule"/>.
/// </summary>
internal static class ClaimsCallerScope
{
    public static ICallerScope From(ClaimsPrincipal? user, GemeenteCatalog catalog, ILogger? logger = null)
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

        var claimed = user.FindAll(HubClaims.Gemeente).Select(c => c.Value.Trim()).ToList();
        var rows = claimed.Where(catalog.IsKnown).ToList();
        var ignored = claimed.Except(rows, StringComparer.Ordinal).ToList();
        if (ignored.Count > 0 && logger is not null)
        {
            logger.LogWarning(
                "Ignored gemeente claims {Ignored} of {Subject}: not served by this hub (Hub:Gemeenten).",
                string.Join(", ", ignored.Select(v => GemeenteCode.IsWellFormed(v) ? v : "(malformed)")),
                user.FindFirst(HubClaims.Subject)?.Value);
        }

        var regios = user.FindAll(HubClaims.Regio)
            .Select(c => c.Value.Trim())
            .Where(v => v.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var regioGemeenten = catalog.All.Where(g => regios.Contains(g.Regio)).Select(g => g.Code).ToList();
        var scope = roles.Overlaps(HubRoles.WithRegioAggregates)
            ? CallerScope.ForGemeenten(rows, regioGemeenten)
            : CallerScope.ForGemeenten(rows);

        // A beheerder whose claims cover the whole hub operates it: besides its own rows, the quarantined
        // records attributed to no gemeente the hub serves (never another gemeente's rows).
        return roles.Contains(HubRoles.Beheerder) && regioGemeenten.Count > 0 && catalog.All.All(g => rows.Contains(g.Code) || regioGemeenten.Contains(g.Code))
            ? CallerScope.AsHubOperator(scope, catalog.All.Select(g => g.Code))
            : scope;
    }

    /// <summary>
    /// The audit log an <c>auditor</c> may read (<see cref="AuditScope"/>): its <c>gemeente</c> claims and the
    /// gemeenten of its <c>regio</c> claims, within the configured gemeenten; nothing for anyone else.
    /// </summary>
    public static AuditScope AuditFrom(ClaimsPrincipal? user, GemeenteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (user?.Identity?.IsAuthenticated != true || !user.FindAll(HubClaims.Role).Any(r => r.Value == HubRoles.Auditor))
        {
            return AuditScope.None;
        }

        var regios = user.FindAll(HubClaims.Regio).Select(c => c.Value.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var gemeenten = user.FindAll(HubClaims.Gemeente).Select(c => c.Value.Trim()).Where(catalog.IsKnown)
            .Concat(catalog.All.Where(g => regios.Contains(g.Regio)).Select(g => g.Code))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new AuditScope(gemeenten, catalog.All.Count > 0 && catalog.All.All(g => gemeenten.Contains(g.Code)));
    }
}

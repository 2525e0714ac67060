using System.Security.Claims;
using Inburgering.Hub.GraphQL.Paging;
using Inburgering.Hub.Reporting.Authorization;

namespace Inburgering.Hub.GraphQL.Http;

/// <summary>
/// The caller's limits: per limit, the most generous value of the caller's roles (the hub's roles and
/// any configured one), where a role without its own value (<c>Hub:GraphQL:Limits:Roles:{role}</c>)
/// has the global one. A caller without such a role (or not authenticated) gets the global limits.
/// </summary>
public sealed class CallerLimitsPolicy(GraphQLLimits limits, PagingOptions paging)
{
    private static readonly RoleLimits Unset = new();

    private readonly EffectiveLimits _global = new(limits.MaxDepth, limits.MaxComplexity, paging.MaxPageSize, limits.RequestTimeout);

    /// <summary>The global limits, for callers without a configured role.</summary>
    public EffectiveLimits Global => _global;

    public EffectiveLimits For(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return _global;
        }

        var roles = HubRoles.All.Concat(limits.Roles.Keys)
            .Distinct(StringComparer.Ordinal)
            .Where(user.IsInRole)
            .Select(r => limits.Roles.GetValueOrDefault(r) ?? Unset)
            .ToList();
        if (roles.Count == 0)
        {
            return _global;
        }

        return new EffectiveLimits(
            roles.Max(r => r.MaxDepth ?? _global.MaxDepth),
            roles.Max(r => r.MaxComplexity ?? _global.MaxComplexity),
            roles.Max(r => r.MaxPageSize ?? _global.MaxPageSize),
            roles.Max(r => r.RequestTimeout ?? _global.RequestTimeout));
    }
}

using System.Security.Claims;
using Inburgering.Hub.GraphQL.Http;
using Inburgering.Hub.GraphQL.Paging;

namespace Inburgering.Hub.Server.Tests.Limits;

/// <summary>How the caller's limits follow from the global limits and those of its roles.</summary>
public sealed class CallerLimitsPolicyTests
{
    private static readonly CallerLimitsPolicy Policy = CreatePolicy();

    [Fact]
    public void A_caller_without_a_configured_role_gets_the_global_limits()
    {
        Assert.Equal(new EffectiveLimits(15, 1000, 500, TimeSpan.FromSeconds(30)), Policy.For(User("beheerder")));
        Assert.Equal(Policy.Global, Policy.For(null));
    }

    [Fact]
    public void A_role_value_replaces_the_global_one_and_unset_values_fall_back()
    {
        Assert.Equal(new EffectiveLimits(15, 1000, 100, TimeSpan.FromSeconds(30)), Policy.For(User("medewerker")));
        Assert.Equal(new EffectiveLimits(20, 50_000, 500, TimeSpan.FromMinutes(2)), Policy.For(User("analist")));
    }

    [Fact]
    public void Several_roles_get_the_most_generous_value_of_each_limit()
    {
        Assert.Equal(new EffectiveLimits(20, 50_000, 500, TimeSpan.FromMinutes(2)), Policy.For(User("medewerker", "analist")));
        Assert.Equal(new EffectiveLimits(15, 1000, 500, TimeSpan.FromSeconds(30)), Policy.For(User("medewerker", "beheerder")));
    }

    [Fact]
    public void A_role_claim_of_an_unauthenticated_principal_does_not_count()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim("role", "analist")], authenticationType: null, "sub", "role"));

        Assert.Equal(Policy.Global, Policy.For(anonymous));
    }

    private static CallerLimitsPolicy CreatePolicy()
    {
        var limits = new GraphQLLimits { MaxDepth = 15, MaxComplexity = 1000, RequestTimeout = TimeSpan.FromSeconds(30) };
        limits.Roles["medewerker"] = new RoleLimits { MaxPageSize = 100 };
        limits.Roles["analist"] = new RoleLimits { MaxDepth = 20, MaxComplexity = 50_000, RequestTimeout = TimeSpan.FromMinutes(2) };
        return new CallerLimitsPolicy(limits, new PagingOptions { MaxPageSize = 500 });
    }

    private static ClaimsPrincipal User(params string[] roles) =>
        new(new ClaimsIdentity(roles.Select(r => new Claim("role", r)), "test", "sub", "role"));
}

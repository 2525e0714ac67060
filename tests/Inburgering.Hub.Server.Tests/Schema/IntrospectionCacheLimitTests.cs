using Inburgering.Hub.Reporting.Authorization;
using Inburgering.Hub.Server.Tests.Limits;

namespace Inburgering.Hub.Server.Tests.Schema;

/// <summary>A cached introspection result is only answered to a caller whose request validates: the limits still apply per caller.</summary>
[Trait("Category", "Integration")]
public sealed class IntrospectionCacheLimitTests(RoleLimitsHubFactory hub) : IClassFixture<RoleLimitsHubFactory>
{
    // Depth 4: within the analist's depth limit (10), beyond the medewerker's (3).
    private const string Query = "{ __schema { types { fields { name } } } }";

    [Fact]
    public async Task A_cached_document_is_still_refused_for_a_caller_beyond_whose_limits_it_goes()
    {
        var analist = await IntrospectionCacheTests.Execute(hub, Query, HubRoles.Analist);
        var again = await IntrospectionCacheTests.Execute(hub, Query, HubRoles.Analist);

        var medewerker = await IntrospectionCacheTests.Execute(hub, Query, HubRoles.Medewerker);

        Assert.Null(analist.Errors);
        Assert.Same(analist.Data, again.Data);
        Assert.False(medewerker.Executed);
        Assert.Null(medewerker.Data);
        Assert.Equal(["COMPLEXITY"], medewerker.Errors!.Select(e => e.Code));
    }
}

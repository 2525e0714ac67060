using System.Net;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Limits;

/// <summary>
/// Limits per role (<c>Hub:GraphQL:Limits:Roles:{role}</c>): the same request passes for a role with a
/// generous limit and gets today's limit error for a role with a tight one; a caller with several roles
/// gets the most generous value of its roles.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RoleLimitTests(RoleLimitsHubFactory hub) : IClassFixture<RoleLimitsHubFactory>
{
    private const string Medewerker = "medewerker";
    private const string Analist = "analist";
    private const string Both = "medewerker,analist";

    // Depth 5: taakstellingen > nodes > bron > bestand > name.
    private const string Deep = "{ taakstellingen(first: 2) { nodes { bron { bestand { name } } } } }";

    // Cost well over 40 (50 nodes of 3 fields), well under 100 000; depth 3.
    private const string Costly = "{ taakstellingen(first: 50) { nodes { id periode taakstelling } } }";

    // Cheap and shallow, but a page of 10.
    private const string PageOf10 = "{ taakstellingen(first: 10) { nodes { id } } }";

    [Theory]
    [InlineData(Analist)]
    [InlineData(Both)]
    public async Task A_deep_query_runs_for_a_role_with_a_deep_limit(string roles)
    {
        using var client = hub.ClientAs(roles, RegionFixture.Hoorn);

        var data = await client.DataAsync(Deep);

        Assert.NotEmpty(data["taakstellingen"]!["nodes"].Items());
    }

    [Fact]
    public async Task The_same_deep_query_is_refused_for_a_role_with_a_shallow_limit()
    {
        using var client = hub.ClientAs(Medewerker, RegionFixture.Hoorn);

        using var response = await client.PostQueryAsync(Deep);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["COMPLEXITY"], body.ErrorCodes());
        var message = body["errors"]![0]!["message"].Str();
        Assert.Contains("depth", message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"{RoleLimitsHubFactory.MedewerkerMaxDepth}", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Analist)]
    [InlineData(Both)]
    public async Task A_costly_query_runs_for_a_role_with_a_high_complexity_limit(string roles)
    {
        using var client = hub.ClientAs(roles, RegionFixture.Hoorn);

        var data = await client.DataAsync(Costly);

        Assert.NotEmpty(data["taakstellingen"]!["nodes"].Items());
    }

    [Fact]
    public async Task The_same_costly_query_is_refused_with_its_cost_for_a_role_with_a_low_complexity_limit()
    {
        using var client = hub.ClientAs(Medewerker, RegionFixture.Hoorn);

        using var response = await client.PostQueryAsync(Costly);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["COMPLEXITY"], body.ErrorCodes());
        var message = body["errors"]![0]!["message"].Str();
        Assert.Contains("complex", message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"{RoleLimitsHubFactory.MedewerkerMaxComplexity}", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Analist)]
    [InlineData(Both)]
    public async Task A_page_of_10_is_served_to_a_role_with_a_larger_page_cap(string roles)
    {
        using var client = hub.ClientAs(roles, RegionFixture.Hoorn);

        var data = await client.DataAsync(PageOf10);

        Assert.InRange(data["taakstellingen"]!["nodes"].Items().Count, 1, 10);
    }

    [Fact]
    public async Task The_same_page_is_a_PAGE_SIZE_error_naming_the_cap_for_a_role_with_a_smaller_page_cap()
    {
        using var client = hub.ClientAs(Medewerker, RegionFixture.Hoorn);

        var body = await client.QueryAsync(PageOf10);

        Assert.Equal(["PAGE_SIZE"], body.ErrorCodes());
        Assert.Equal($"first must be between 1 and {RoleLimitsHubFactory.MedewerkerMaxPageSize}; it was 10.", body["errors"]![0]!["message"].Str());
    }

    [Fact]
    public async Task The_role_page_cap_may_exceed_the_global_one()
    {
        using var client = hub.ClientAs(Analist, RegionFixture.Hoorn);

        var within = await client.QueryAsync("{ taakstellingen(first: 50) { totalCount } }");
        var over = await client.QueryAsync("{ taakstellingen(first: 51) { totalCount } }");

        Assert.Empty(within.ErrorCodes());
        Assert.Equal(["PAGE_SIZE"], over.ErrorCodes());
    }

    [Fact]
    public async Task A_caller_without_a_configured_role_gets_the_global_limits()
    {
        using var client = hub.ClientAs("beheerder", RegionFixture.Hoorn);

        var within = await client.QueryAsync("{ syncRuns(first: 20) { totalCount } }");
        var over = await client.QueryAsync("{ syncRuns(first: 21) { totalCount } }");

        Assert.Empty(within.ErrorCodes());
        Assert.Equal(["PAGE_SIZE"], over.ErrorCodes());
        Assert.Contains("first must be between 1 and 20", over["errors"]![0]!["message"].Str(), StringComparison.Ordinal);
    }
}

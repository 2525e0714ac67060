using System.Net;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Limits;

[Trait("Category", "Integration")]
public sealed class LimitTests(TightLimitsHubFactory hub) : IClassFixture<TightLimitsHubFactory>
{
    [Fact]
    public async Task A_query_deeper_than_the_limit_is_refused_with_400()
    {
        using var client = hub.ClientFor("GM0405");

        using var response = await client.PostQueryAsync("{ koppelingen { nodes { inburgeraar { koppelingen { bron { bestand { name } } } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("depth", body["errors"]![0]!["message"].Str(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_query_costlier_than_the_limit_is_refused_with_400_and_its_cost()
    {
        using var client = hub.ClientFor("GM0405");

        using var response = await client.PostQueryAsync("{ inburgeraars(first: 500) { nodes { id geboortejaar koppelingen { koppeldatum status } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["COMPLEXITY"], body.ErrorCodes());
        Assert.Contains("2000", body["errors"]![0]!["message"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_modest_query_within_the_limits_runs()
    {
        using var client = hub.ClientFor("GM0405");

        var data = await client.DataAsync("{ inburgeraars(first: 10) { totalCount nodes { id } } }");

        Assert.Equal(0, data["inburgeraars"]!["totalCount"]!.GetValue<int>());
    }
}

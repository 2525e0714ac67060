using System.Net;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Limits;

[Trait("Category", "Integration")]
public sealed class TimeoutTests(TimeoutHubFactory hub) : IClassFixture<TimeoutHubFactory>
{
    [Fact]
    public async Task A_request_over_the_timeout_is_cancelled_with_a_clear_error()
    {
        using var client = hub.ClientFor("GM0405");

        using var response = await client.PostQueryAsync("{ inburgeraars { totalCount nodes { id koppelingen { koppeldatum } } } }");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["REQUEST_TIMEOUT"], body.ErrorCodes());
        Assert.Contains("Hub:GraphQL:Limits:RequestTimeout", body["errors"]![0]!["message"].Str(), StringComparison.Ordinal);
    }
}

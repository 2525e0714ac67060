using System.Net;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Limits;

/// <summary>A request timeout per role (<c>Hub:GraphQL:Limits:Roles:{role}:RequestTimeout</c>).</summary>
[Trait("Category", "Integration")]
public sealed class RoleTimeoutTests(RoleTimeoutHubFactory hub) : IClassFixture<RoleTimeoutHubFactory>
{
    private const string Report =
        """{ voortgangsrapportage(van: "2022-01-01", tot: "2023-12-31") { gemeenten { gemeente { code } statushouders { aantalGehuisvest } } } }""";

    [Fact]
    public async Task The_role_timeout_cancels_that_roles_request()
    {
        using var analist = hub.ClientAs("analist", RegionFixture.Hoorn);

        using var response = await analist.PostQueryAsync(Report);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["REQUEST_TIMEOUT"], body.ErrorCodes());
        Assert.Contains("Hub:GraphQL:Limits:Roles:{role}:RequestTimeout", body["errors"]![0]!["message"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_with_another_role_too_gets_its_more_generous_timeout()
    {
        using var analistAndMedewerker = hub.ClientAs("analist,medewerker", RegionFixture.Hoorn);

        var data = await analistAndMedewerker.DataAsync(Report);

        Assert.Single(data["voortgangsrapportage"]!["gemeenten"].Items());
    }
}

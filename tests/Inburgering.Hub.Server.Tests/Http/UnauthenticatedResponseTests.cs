using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Auth;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Http;

/// <summary>
/// A request without a valid token gets <c>401</c> with a JSON body in the GraphQL error shape that
/// says what is missing and how to get a token — on <c>/graphql</c> (POST and GET) and the CSV export.
/// </summary>
[Trait("Category", "Integration")]
public sealed class UnauthenticatedResponseTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Theory]
    [InlineData("POST", "/graphql")]
    [InlineData("GET", "/graphql?query=%7B%20gemeenten%20%7B%20code%20%7D%20%7D")]
    [InlineData("GET", "/export/voortgangsrapportage.csv?van=2022-01-01&tot=2023-07-01")]
    public async Task Without_a_token_the_body_says_how_to_get_one(string method, string path)
    {
        using var client = hub.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("""{"query":"{ gemeenten { code } }"}""", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        var error = await ErrorOf(response);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("Authorization: Bearer", error.Message);
        Assert.Contains("-- token --gemeente", error.Message);
    }

    [Fact]
    public async Task An_expired_token_is_named_as_expired()
    {
        var issuer = new TokenIssuer(hub.Services.GetRequiredService<AuthOptions>(), new ShiftedTime(TimeSpan.FromHours(-2)));
        using var client = hub.ClientWithToken(issuer.Issue("test-expired", ["GM0405"], ["medewerker"], [], TimeSpan.FromMinutes(30)));

        using var response = await client.PostQueryAsync("{ gemeenten { code } }");

        var error = await ErrorOf(response);
        Assert.Contains("expired", error.Message);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_token_that_is_not_ours_is_named_as_not_valid()
    {
        using var client = hub.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl");

        using var response = await client.PostQueryAsync("{ gemeenten { code } }");

        var error = await ErrorOf(response);
        Assert.Contains("not valid", error.Message);
    }

    private static async Task<(string Message, string Code)> ErrorOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(body["data"]);
        var error = Assert.Single(body["errors"].Items());
        Assert.Equal(ChallengeResponse.Code, error["extensions"]!["code"].Str());
        return (error["message"].Str(), error["extensions"]!["code"].Str());
    }

    private sealed class ShiftedTime(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }
}

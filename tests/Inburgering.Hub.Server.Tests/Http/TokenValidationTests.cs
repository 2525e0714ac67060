using System.Net;
using Inburgering.Hub.Server.Auth;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Http;

/// <summary>Only tokens with the configured key, issuer and audience, within their lifetime, get in.</summary>
[Trait("Category", "Integration")]
public sealed class TokenValidationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Query = "{ gemeenten { code } }";

    [Fact]
    public async Task Valid_token_is_200() =>
        Assert.Equal(HttpStatusCode.OK, await StatusForAsync(hub.Token("GM0405")));

    [Fact]
    public async Task Expired_token_is_401()
    {
        var issuer = new TokenIssuer(Options(), new FixedTime(DateTimeOffset.UtcNow.AddHours(-2)));
        var token = issuer.Issue("test", ["GM0405"], ["medewerker"], [], TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusForAsync(token));
    }

    [Fact]
    public async Task Token_signed_with_another_key_is_401()
    {
        var options = Options();
        options.SigningKey = "another-signing-key-that-the-hub-does-not-know-0001";
        var token = new TokenIssuer(options, TimeProvider.System).Issue("test", ["GM0405"], ["medewerker"], [], TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusForAsync(token));
    }

    [Fact]
    public async Task Token_for_another_audience_is_401()
    {
        var options = Options();
        options.Audience = "some-other-api";
        var token = new TokenIssuer(options, TimeProvider.System).Issue("test", ["GM0405"], ["medewerker"], [], TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusForAsync(token));
    }

    [Fact]
    public async Task Token_from_another_issuer_is_401()
    {
        var options = Options();
        options.Issuer = "someone-else";
        var token = new TokenIssuer(options, TimeProvider.System).Issue("test", ["GM0405"], ["medewerker"], [], TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusForAsync(token));
    }

    [Fact]
    public async Task Garbage_token_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusForAsync("not-a-jwt"));

    [Fact]
    public async Task No_token_is_401()
    {
        using var client = hub.CreateClient();
        using var response = await client.PostQueryAsync(Query);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unsigned_token_is_401()
    {
        var parts = hub.Token("GM0405").Split('.');
        var header = Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusForAsync(header + "." + parts[1] + "."));
    }

    [Fact]
    public async Task Token_with_a_tampered_payload_is_401()
    {
        var parts = hub.Token("GM0405").Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace("GM0405", "GM0388", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusForAsync(parts[0] + "." + Base64Url(payload) + "." + parts[2]));
    }

    [Fact]
    public async Task Truncated_token_is_401()
    {
        var token = hub.Token("GM0405");
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusForAsync(token[..(token.Length - 10)]));
    }

    private static string Base64Url(string text) => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(text);

    private static AuthOptions Options() => new()
    {
        SigningKey = HubFactory.SigningKey,
        Issuer = HubFactory.Issuer,
        Audience = HubFactory.Audience,
    };

    private async Task<HttpStatusCode> StatusForAsync(string token)
    {
        using var client = hub.ClientWithToken(token);
        using var response = await client.PostQueryAsync(Query);
        return response.StatusCode;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

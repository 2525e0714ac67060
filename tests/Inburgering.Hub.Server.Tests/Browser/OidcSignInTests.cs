using System.Net;
using System.Text;
using Inburgering.Hub.Server.Auth;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Browser;

/// <summary>
/// With <c>Hub:Auth:Authority</c> and <c>Hub:Auth:Web:ClientId</c> the sign-in page offers OpenID Connect, and
/// "Aanmelden via OpenID Connect" sends the browser to the provider's authorization endpoint for the
/// authorization code flow with PKCE (S256) and the hub's <c>/signin-oidc</c> callback. The provider's
/// discovery document is served by a stub backchannel (no network).
/// </summary>
public sealed class OidcSignInTests(OidcSignInTests.Factory hub) : IClassFixture<OidcSignInTests.Factory>
{
    private const string Authority = "https://idp.example.test/realms/gemeenten";

    [Fact]
    public async Task Signing_in_starts_the_authorization_code_flow_with_PKCE_at_the_authority()
    {
        using var client = hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var page = await client.GetStringAsync(new Uri("/aanmelden?terug=%2Fbeheer%2Fruns", UriKind.Relative));
        using var challenge = await client.GetAsync(new Uri("/aanmelden/oidc?terug=%2Fbeheer%2Fruns", UriKind.Relative));

        Assert.Contains("Aanmelden via OpenID Connect", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ontwikkelaanmelding", page, StringComparison.Ordinal); // Testing environment
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!;
        Assert.Equal(Authority + "/protocol/openid-connect/auth", location.GetLeftPart(UriPartial.Path));
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("hub-web", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal("http://localhost/signin-oidc", query["redirect_uri"]);
        Assert.Contains("openid", query["scope"]!.Split(' '));
        Assert.Contains("gemeente", query["scope"]!.Split(' '));
    }

    [Fact]
    public async Task Bearer_requests_are_unchanged_when_the_browser_sign_in_is_configured()
    {
        using var client = hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.PostQueryAsync("{ gemeenten { code } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    public sealed class Factory : HubFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hub:Auth:Authority", Authority);
            builder.UseSetting("Hub:Auth:Web:ClientId", "hub-web");
            builder.UseSetting("Hub:Auth:Web:ClientSecret", "test-only-secret");
            builder.UseSetting("Hub:Auth:Web:Scopes:0", "gemeente");
            builder.ConfigureTestServices(services => services.Configure<OpenIdConnectOptions>(BrowserSignIn.OidcScheme, o => o.BackchannelHttpHandler = new Discovery()));
        }
    }

    /// <summary>The provider's discovery document (a Keycloak-shaped one), answered without a network.</summary>
    private sealed class Discovery : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.RequestUri!.AbsolutePath.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal)
                ? $$"""
                  {"issuer":"{{Authority}}","authorization_endpoint":"{{Authority}}/protocol/openid-connect/auth",
                   "token_endpoint":"{{Authority}}/protocol/openid-connect/token","jwks_uri":"{{Authority}}/protocol/openid-connect/certs",
                   "end_session_endpoint":"{{Authority}}/protocol/openid-connect/logout","response_types_supported":["code"],
                   "code_challenge_methods_supported":["S256"],"id_token_signing_alg_values_supported":["RS256"]}
                  """
                : """{"keys":[]}""";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}

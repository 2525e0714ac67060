using System.Net;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Inburgering.Hub.Server.Tests.Identity;

/// <summary>
/// One real OpenID Connect provider (tests/oidc-provider), a hub that maps its Entra-style tokens and a
/// hub that maps its Keycloak-style tokens (tests/oidc-provider/hub-claims.*.json), and a second provider
/// (another issuer). Tokens come from the provider's endpoints; what a token may see shows which roles
/// and gemeenten the mapping gave it.
/// </summary>
public sealed class OidcClaimMappingTests(OidcClaimMappingTests.World world) : IClassFixture<OidcClaimMappingTests.World>
{
    private const string Koppelingen = "{ koppelingen(first: 50) { nodes { gemeenteCode bron { bronId } } } }";

    [OidcFact]
    public async Task Entra_app_role_and_group_table_give_a_medewerker_of_Hoorn_only()
    {
        var token = await world.Provider.ClientCredentialsAsync("entra-daemon");
        Assert.Equal("RS256", new JsonWebToken(token).Alg);

        Assert.Equal(["K-H1", "K-H2"], await KoppelingIdsAsync(world.EntraHub, token));
        Assert.Contains(world.EntraHub.Logs, l => l.Contains("Ignored gemeente value '0b7e6a52-1111-4222-8333-944445555666'", StringComparison.Ordinal));
    }

    [OidcFact]
    public async Task Entra_user_signed_in_with_the_authorization_code_flow_is_mapped_the_same_way()
    {
        var token = await world.Provider.AuthorizationCodeAsync("medewerker-hoorn");
        Assert.Equal("medewerker-hoorn", new JsonWebToken(token).Subject);

        Assert.Equal(["K-H1", "K-H2"], await KoppelingIdsAsync(world.EntraHub, token));
    }

    [OidcFact]
    public async Task Unknown_app_role_is_ignored_and_logged_never_granted()
    {
        // entra-analist: roles Hub.Analist and Hub.Onbekend; an analist may not list koppelingen.
        var token = await world.Provider.ClientCredentialsAsync("entra-analist");
        using var client = world.EntraHub.ClientWithToken(token);
        var gemeenten = await client.DataAsync("{ gemeenten { code } }");
        Assert.Equal(7, gemeenten["gemeenten"].Items().Count);

        using var response = await client.PostQueryAsync(Koppelingen);
        var refused = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes());
        Assert.Contains(world.EntraHub.Logs, l => l.Contains("Ignored role value 'Hub.Onbekend'", StringComparison.Ordinal));
    }

    [OidcFact]
    public async Task Token_that_maps_to_no_role_gets_403_with_a_clear_message()
    {
        var token = await world.Provider.ClientCredentialsAsync("entra-zonder-rol");
        using var client = world.EntraHub.ClientWithToken(token);
        using var response = await client.PostQueryAsync("{ gemeenten { code } }");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["FORBIDDEN"], body.ErrorCodes());
        Assert.Contains("gives no role in this hub", body["errors"]![0]!["message"].Str(), StringComparison.Ordinal);
        Assert.Contains(world.EntraHub.Logs, l => l.Contains("Ignored role value 'Other.App.Reader'", StringComparison.Ordinal));
    }

    [OidcFact]
    public async Task Keycloak_realm_and_client_roles_attribute_and_group_path_ES256()
    {
        // keycloak-daemon: realm role hub-medewerker, client role analist of inburgering-hub (and
        // manage-account of another client, not read), gemeente attribute GM0405, groups
        // /gemeenten/enkhuizen (in the table) and /afdelingen/sociaal-domein (not).
        var token = await world.Provider.ClientCredentialsAsync("keycloak-daemon");
        Assert.Equal("ES256", new JsonWebToken(token).Alg);

        Assert.Equal(["K-E1", "K-H1", "K-H2"], await KoppelingIdsAsync(world.KeycloakHub, token));
        Assert.Contains(world.KeycloakHub.Logs, l => l.Contains("Ignored gemeente value '/afdelingen/sociaal-domein'", StringComparison.Ordinal));
        Assert.Contains(world.KeycloakHub.Logs, l => l.Contains("Ignored role value 'offline_access'", StringComparison.Ordinal));
    }

    [OidcFact]
    public async Task Keycloak_RS256_token_and_user_of_the_authorization_code_flow()
    {
        var machine = await world.Provider.ClientCredentialsAsync("keycloak-rs256");
        Assert.Equal("RS256", new JsonWebToken(machine).Alg);
        Assert.Equal(["K-H1", "K-H2"], await KoppelingIdsAsync(world.KeycloakHub, machine));

        var user = await world.Provider.AuthorizationCodeAsync("medewerker-hoorn", "keycloak-web");
        Assert.Equal("ES256", new JsonWebToken(user).Alg);
        Assert.Equal(["K-H1", "K-H2"], await KoppelingIdsAsync(world.KeycloakHub, user));
    }

    [OidcFact]
    public async Task Token_for_another_audience_is_401()
    {
        var token = await world.Provider.ClientCredentialsAsync("entra-daemon", resource: "api://another-api");
        Assert.Equal(["api://another-api"], new JsonWebToken(token).Audiences);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(world.EntraHub, token));
    }

    [OidcFact]
    public async Task Token_from_another_issuer_is_401()
    {
        var token = await world.Other.ClientCredentialsAsync("entra-daemon");
        Assert.Equal(world.Other.Issuer, new JsonWebToken(token).Issuer);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(world.EntraHub, token));
    }

    [OidcFact]
    public async Task Expired_token_is_401_and_says_so()
    {
        var token = await world.Provider.ClientCredentialsAsync("entra-kortlevend");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(world.EntraHub, token));
        Assert.True(new JsonWebToken(token).ValidTo < DateTime.UtcNow.AddSeconds(5), "the provider's short-lived client gives a token of a few seconds");
        await Task.Delay(new JsonWebToken(token).ValidTo - DateTime.UtcNow + TimeSpan.FromSeconds(1.2));

        using var client = world.EntraHub.ClientWithToken(token);
        using var response = await client.PostQueryAsync("{ gemeenten { code } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [OidcFact]
    public async Task Symmetric_HS256_token_is_refused_when_a_provider_is_configured()
    {
        // Claims a valid provider token would carry, signed HS256, once with a random key and once with
        // the provider's public RSA modulus as HMAC key (the algorithm-confusion attack).
        var good = new JsonWebToken(await world.Provider.ClientCredentialsAsync("entra-daemon"));
        using var jwks = new HttpClient();
        var keys = new JsonWebKeySet(await jwks.GetStringAsync(new Uri(world.Provider.Issuer + "/jwks")));
        var modulus = Base64UrlEncoder.DecodeBytes(keys.Keys.First(k => k.Kty == "RSA").N);
        foreach (var key in new[] { System.Security.Cryptography.RandomNumberGenerator.GetBytes(64), modulus })
        {
            var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = good.Issuer,
                Audience = OidcProvider.HubAudience,
                Expires = DateTime.UtcNow.AddMinutes(5),
                Claims = new Dictionary<string, object>
                {
                    ["sub"] = "forger",
                    ["roles"] = new[] { "Hub.Medewerker" },
                    ["groups"] = new[] { "6d1f3c0a-0388-4d6e-9a5b-000000000388" },
                },
                SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key) { KeyId = good.Kid }, SecurityAlgorithms.HmacSha256),
            });
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(world.EntraHub, forged));
        }
    }

    private static async Task<IReadOnlyList<string>> KoppelingIdsAsync(OidcHubFactory hub, string token)
    {
        using var client = hub.ClientWithToken(token);
        var data = await client.DataAsync(Koppelingen);
        return [.. data["koppelingen"]!["nodes"].Items().Select(n => n["bron"]!["bronId"].Str()).Order(StringComparer.Ordinal)];
    }

    private static async Task<HttpStatusCode> StatusAsync(OidcHubFactory hub, string token)
    {
        using var client = hub.ClientWithToken(token);
        using var response = await client.PostQueryAsync("{ gemeenten { code } }");
        return response.StatusCode;
    }

    /// <summary>The providers and hubs of this class, started once when the provider can run.</summary>
    public sealed class World : IAsyncLifetime
    {
        private OidcProvider? _provider;
        private OidcProvider? _other;
        private OidcHubFactory? _entra;
        private OidcHubFactory? _keycloak;

        public OidcProvider Provider => _provider!;

        public OidcProvider Other => _other!;

        public OidcHubFactory EntraHub => _entra!;

        public OidcHubFactory KeycloakHub => _keycloak!;

        public async Task InitializeAsync()
        {
            if (OidcFactAttribute.Reason is not null)
            {
                return;
            }

            _provider = await OidcProvider.StartAsync();
            _other = await OidcProvider.StartAsync();
            _entra = new OidcHubFactory(_provider.Issuer, "entra");
            await _entra.InitializeAsync();
            _keycloak = new OidcHubFactory(_provider.Issuer, "keycloak");
            await _keycloak.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            foreach (var hub in new[] { _entra, _keycloak })
            {
                if (hub is not null)
                {
                    await hub.DisposeAsync();
                }
            }

            foreach (var provider in new[] { _provider, _other })
            {
                if (provider is not null)
                {
                    await provider.DisposeAsync();
                }
            }
        }
    }
}

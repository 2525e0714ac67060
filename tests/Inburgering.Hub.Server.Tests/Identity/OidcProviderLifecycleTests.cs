using System.Net;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Inburgering.Hub.Server.Tests.Identity;

/// <summary>
/// The provider's life seen by the hub, each test with its own provider and hub: keys rotated (a token
/// with the new key validates at once, a key the provider dropped is refused), the provider unreachable
/// at start (503 and an unhealthy <c>/health/ready</c>, never an open door) and going away later (cached
/// keys keep working, a key the hub has not seen gets 503, readiness says Degraded).
/// </summary>
public sealed class OidcProviderLifecycleTests
{
    private const string Query = "{ gemeenten { code } }";

    [OidcFact]
    public async Task Rotated_keys_new_key_validates_at_once_and_a_dropped_key_is_refused()
    {
        await using var provider = await OidcProvider.StartAsync();
        await using var hub = new OidcHubFactory(provider.Issuer, "entra");
        await hub.InitializeAsync();

        var before = await provider.ClientCredentialsAsync("entra-daemon");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(hub, before));

        var kids = await provider.RotateKeysAsync(keepOld: false);
        Assert.DoesNotContain(new JsonWebToken(before).Kid, kids);
        var after = await provider.ClientCredentialsAsync("entra-daemon");
        Assert.Contains(new JsonWebToken(after).Kid, kids);

        // The first request with the new key: the hub fetches the JWKS again and lets it in.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(hub, after));
        // The old key is no longer published, so its still unexpired token is refused.
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(hub, before));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(hub, after));
    }

    [OidcFact]
    public async Task Rotation_that_keeps_the_old_key_published_accepts_both()
    {
        await using var provider = await OidcProvider.StartAsync();
        await using var hub = new OidcHubFactory(provider.Issuer, "keycloak");
        await hub.InitializeAsync();

        var before = await provider.ClientCredentialsAsync("keycloak-daemon");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(hub, before));
        await provider.RotateKeysAsync(keepOld: true);
        var after = await provider.ClientCredentialsAsync("keycloak-daemon");
        Assert.NotEqual(new JsonWebToken(before).Kid, new JsonWebToken(after).Kid);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(hub, after));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(hub, before));
    }

    [OidcFact]
    public async Task Provider_unreachable_at_start_is_503_and_unready_never_an_open_door()
    {
        await using var provider = await OidcProvider.StartAsync();
        var token = await provider.ClientCredentialsAsync("entra-daemon");
        await provider.StopAsync();

        await using var hub = new OidcHubFactory(provider.Issuer, "entra");
        await hub.InitializeAsync();

        using var client = hub.ClientWithToken(token);
        using var response = await client.PostQueryAsync(Query);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(["AUTHORITY_UNAVAILABLE"], body.ErrorCodes());
        Assert.Contains("cannot be reached", body["errors"]![0]!["message"].Str(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);

        // No token at all is still a plain 401.
        using var anonymous = hub.CreateClient();
        using var none = await anonymous.PostQueryAsync(Query);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);

        var (status, authority) = await ReadinessAsync(hub);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", authority["status"].Str());
        Assert.Contains("no token can be checked", authority["description"].Str(), StringComparison.Ordinal);
    }

    [OidcFact]
    public async Task Provider_going_away_later_keeps_cached_keys_and_says_so()
    {
        await using var provider = await OidcProvider.StartAsync();
        await using var hub = new OidcHubFactory(provider.Issuer, "entra");
        await hub.InitializeAsync();

        var known = await provider.ClientCredentialsAsync("entra-daemon");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(hub, known));
        var (readyBefore, authorityBefore) = await ReadinessAsync(hub);
        Assert.Equal(HttpStatusCode.OK, readyBefore);
        Assert.Equal("Healthy", authorityBefore["status"].Str());

        await provider.RotateKeysAsync(keepOld: true);
        var unseen = await provider.ClientCredentialsAsync("entra-daemon");
        await provider.StopAsync();

        // Signed with a key the hub holds: still checked and accepted.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(hub, known));
        var (ready, authority) = await ReadinessAsync(hub);
        Assert.Equal(HttpStatusCode.OK, ready);
        Assert.Equal("Degraded", authority["status"].Str());
        Assert.Contains("cannot be reached", authority["description"].Str(), StringComparison.Ordinal);

        // Signed with a key the hub has not seen and cannot fetch: 503, not in.
        using var client = hub.ClientWithToken(unseen);
        using var response = await client.PostQueryAsync(Query);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(["AUTHORITY_UNAVAILABLE"], JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ErrorCodes());
    }

    private static async Task<HttpStatusCode> StatusAsync(OidcHubFactory hub, string token)
    {
        using var client = hub.ClientWithToken(token);
        using var response = await client.PostQueryAsync(Query);
        return response.StatusCode;
    }

    private static async Task<(HttpStatusCode Status, JsonNode Authority)> ReadinessAsync(OidcHubFactory hub)
    {
        using var client = hub.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, body["checks"].Items().Single(c => c["name"].Str() == "authority"));
    }
}

using System.Security.Cryptography;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Inburgering.Hub.Browser.Tests;

/// <summary>
/// The hub as production runs it, on the same <see cref="BrowserHub.BaseUrl"/> (the redirect URI registered
/// for client <c>hub-web</c>): environment Production, no signing key, tokens and the browser sign-in from a
/// real OpenID Connect provider (<c>tests/oidc-provider</c>) read with its Entra claim mapping
/// (<c>hub-claims.entra.json</c>). The provider runs on <c>localhost</c>, another site than the hub, so the
/// browser applies the SameSite rules of a real cross-site sign-in: <c>HUB_TEST_OIDC_ISSUER</c> when it is on
/// another host than 127.0.0.1, else an instance of its own. Skipped, with the reason, without Chromium, node or the provider's
/// npm packages.
/// </summary>
public sealed class OidcBrowserHub : BrowserHub
{
    private OidcProvider? _provider;

    /// <summary>The provider's issuer (also <c>Hub:Auth:Authority</c>).</summary>
    public string Issuer { get; private set; } = "";

    /// <summary>Null when the tests can run; else why not.</summary>
    public static string? OidcSkipReason { get; } = SkipReason ?? OidcFactAttribute.Reason;

    protected override string? Unavailable => OidcSkipReason;

    protected override string EnvironmentName => "Production";

    protected override async Task ConfigureAsync(IConfigurationBuilder configuration)
    {
        // The provider must be another site than the hub (127.0.0.1), as in production, or the SameSite rules
        // of the redirects back from its login form go untested: a shared provider on 127.0.0.1 is not used.
        if (Environment.GetEnvironmentVariable("HUB_TEST_OIDC_ISSUER") is { Length: > 0 } shared
            && Uri.TryCreate(shared, UriKind.Absolute, out var sharedUri) && sharedUri.Host != new Uri(BaseUrl).Host)
        {
            Issuer = shared.TrimEnd('/');
        }
        else
        {
            _provider = await OidcProvider.StartAsync(host: "localhost");
            Issuer = _provider.Issuer;
        }

        configuration.AddJsonFile(Path.Combine(OidcProvider.Folder, "hub-claims.entra.json"), optional: false);
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:Auth:Authority"] = Issuer,
            ["Hub:Auth:Audience"] = OidcProvider.HubAudience,
            ["Hub:Auth:RequireHttpsMetadata"] = "false",
            ["Hub:Auth:Web:ClientId"] = "hub-web",
            ["Hub:Auth:Web:ClientSecret"] = "hub-web-secret",
            ["Hub:Auth:Web:Scopes:0"] = "hub",
            ["Hub:Pseudonymisation:Key"] = "base64:" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Hub:Privacy:CellKey:Secret"] = "base64:" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        });
    }

    protected override async ValueTask StopExtrasAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }

    /// <summary>A bearer token of <paramref name="account"/> from the provider (authorization code flow with PKCE, client <c>hub-web</c>).</summary>
    public async Task<string> BearerTokenAsync(string account)
    {
        if (_provider is not null)
        {
            return await _provider.AuthorizationCodeAsync(account);
        }

        // The shared provider: a client-side handle on the same issuer (the flow only talks to its endpoints).
        await using var handle = OidcProvider.Attach(Issuer);
        return await handle.AuthorizationCodeAsync(account);
    }
}

/// <summary>
/// The production sign-in tests share one hub on port 5181 with the development one (<see cref="BrowserCollection"/>):
/// this collection runs on its own, after the parallel ones, so the two never listen at the same time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OidcBrowserCollection : ICollectionFixture<OidcBrowserHub>
{
    public const string Name = "browser-oidc";
}

/// <summary>A fact of <see cref="OidcBrowserCollection"/>: skipped with <see cref="OidcBrowserHub.OidcSkipReason"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OidcBrowserFactAttribute : FactAttribute
{
    public OidcBrowserFactAttribute()
    {
        if (OidcBrowserHub.OidcSkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

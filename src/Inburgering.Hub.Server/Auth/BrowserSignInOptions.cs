namespace Inburgering.Hub.Server.Auth;

/// <summary>
/// Configuration <c>Hub:Auth:Web</c>: the browser sign-in (backend-for-frontend). In production the hub is a
/// confidential OpenID Connect client of <see cref="AuthOptions.Authority"/>: authorization code flow with
/// PKCE, the client's <see cref="ClientId"/> and <see cref="ClientSecret"/> (environment
/// <c>Hub__Auth__Web__ClientSecret</c>, never a committed file); the session cookie holds only a session key; the claims and tokens stay on the
/// server (<see cref="SessionTicketStore"/>), no token reaches the browser's script.
/// </summary>
public sealed class BrowserSignInOptions
{
    public const string Section = "Hub:Auth:Web";

    /// <summary>Client id registered at the authority for the hub's web pages (e.g. <c>hub-web</c>); unset: no OpenID Connect sign-in.</summary>
    public string? ClientId { get; set; }

    /// <summary>Client secret of <see cref="ClientId"/>; from the environment or a secret store.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked besides <c>openid</c> and <c>profile</c>, e.g. the ones that release the gemeente/role claims.</summary>
    public IList<string> Scopes { get; } = [];

    /// <summary>Fetch extra claims from the userinfo endpoint (providers that keep the ID token small). Default false.</summary>
    public bool GetClaimsFromUserInfoEndpoint { get; set; }

    /// <summary>How long a browser session lasts without activity (sliding). Default 8 hours, like a development token.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// The longest a browser session lasts after its sign-in, however active (absolute timeout, OWASP Session
    /// Management); then the user signs in again and the provider's current roles and groups count. Default 12 hours.
    /// </summary>
    public TimeSpan MaxSessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Offer the development sign-in page (pick gemeenten, role and regio). Only honoured in the Development environment with a local signing key. Default true.</summary>
    public bool DevelopmentSignIn { get; set; } = true;
}

using System.Security.Claims;
using Inburgering.Hub.Sync.Configuration;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Inburgering.Hub.Server.Auth;

/// <summary>
/// Sign-in for people in a browser, beside the bearer tokens of BI tools and scripts (docs: README "Sign in"):
/// <list type="bullet">
/// <item>a server-side session: the encrypted cookie <see cref="CookieName"/> (HttpOnly, SameSite=Strict,
/// Secure on https) holding the caller's claims — the browser's script never sees a token;</item>
/// <item>Development (with <c>Hub:Auth:SigningKey</c>): <c>POST /aanmelden</c> mints the same token as the
/// <c>token</c> verb for the chosen gemeenten, role and regio and validates it with the bearer options, so
/// the session holds exactly the principal a bearer request with that token gets;</item>
/// <item>production (<c>Hub:Auth:Authority</c> and <c>Hub:Auth:Web:ClientId</c>): OpenID Connect,
/// authorization code with PKCE, as a confidential client (<see cref="BrowserSignInOptions"/>);</item>
/// <item>one policy scheme as the default: a request with an <c>Authorization</c> header is a bearer request
/// (JwtBearer, unchanged), one with the session cookie a browser request; neither: the bearer challenge
/// (401 with the JSON body), so API clients see no change;</item>
/// <item>CSRF: every cookie-authenticated request other than GET/HEAD must carry the antiforgery token of the
/// session in the header <see cref="CsrfHeader"/> (the pages put it in a meta tag), else 400 <c>CSRF</c>.</item>
/// </list>
/// Both paths give the same principal shape, so <see cref="ClaimsCallerScope"/> derives the same caller scope
/// and audit subject from either.
/// </summary>
public static class BrowserSignIn
{
    /// <summary>The session cookie's scheme.</summary>
    public const string CookieScheme = "HubSession";

    /// <summary>The default scheme: bearer header → JwtBearer, session cookie → <see cref="CookieScheme"/>.</summary>
    public const string PolicyScheme = "HubBearerOrSession";

    /// <summary>The OpenID Connect scheme (production sign-in).</summary>
    public const string OidcScheme = "oidc";

    public const string CookieName = "hub.sessie";

    /// <summary>Request header that carries the antiforgery token on cookie-authenticated POSTs.</summary>
    public const string CsrfHeader = "X-Hub-Csrf";

    public const string SignInPath = "/aanmelden";
    public const string SignOutPath = "/afmelden";

    /// <summary>
    /// Where the OpenID Connect sign-in lands: a page that moves on to the return path itself (a same-site
    /// navigation, which carries the SameSite=Strict session cookie that the redirect from the provider does not).
    /// </summary>
    public const string ContinuePath = "/aanmelden/verder";

    /// <summary>True when the hub offers the OpenID Connect sign-in (authority and web client configured).</summary>
    public static bool OidcConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[$"{AuthOptions.Section}:Authority"])
            && !string.IsNullOrWhiteSpace(configuration[$"{BrowserSignInOptions.Section}:ClientId"]);
    }

    /// <summary>
    /// Adds the session cookie, the policy scheme, OpenID Connect when configured and antiforgery. Call after
    /// <c>AddHubAuthentication</c>. Whether OpenID Connect is configured is read from the built configuration
    /// (when the authentication schemes are first needed), not while services are registered, so configuration
    /// added after <see cref="Hosting.HubApplication.CreateBuilder"/> (a host, a test) counts too.
    /// </summary>
    public static IServiceCollection AddBrowserSignIn(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(BrowserSignInOptions.Section).Get<BrowserSignInOptions>() ?? new BrowserSignInOptions());
        services.AddAuthentication()
            .AddPolicyScheme(PolicyScheme, "Bearer token or browser session", o => o.ForwardDefaultSelector = SelectScheme)
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.LoginPath = SignInPath;
                o.Events = new CookieAuthenticationEvents
                {
                    // Pages redirect to the sign-in page themselves; an API call (fetch) gets a status, not a redirect.
                    OnRedirectToLogin = c => Status(c, StatusCodes.Status401Unauthorized),
                    // Signed in, but the claims give no hub role: the same JSON body a bearer request gets.
                    OnRedirectToAccessDenied = c => ChallengeResponse.WriteForbiddenAsync(c.HttpContext),
                };
            });
        services.AddDistributedMemoryCache();
        services.AddSingleton(sp => new SessionTicketStore(
            sp.GetRequiredService<Microsoft.Extensions.Caching.Distributed.IDistributedCache>(),
            sp.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>(),
            sp.GetRequiredService<BrowserSignInOptions>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme)
            .Configure<BrowserSignInOptions, SessionTicketStore>((o, web, store) =>
            {
                o.ExpireTimeSpan = web.SessionLifetime;
                o.SessionStore = store; // the cookie holds a session key; sign-out revokes it server-side
            });

        // What AddOpenIdConnect registers, with the scheme itself added only when the configuration asks for it.
        services.AddTransient<OpenIdConnectHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.AddOptions<AuthenticationOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            if (OidcConfigured(configuration) && !o.SchemeMap.ContainsKey(OidcScheme))
            {
                o.AddScheme(OidcScheme, scheme =>
                {
                    scheme.HandlerType = typeof(OpenIdConnectHandler);
                    scheme.DisplayName = "OpenID Connect";
                });
            }
        });
        services.AddOptions<OpenIdConnectOptions>(OidcScheme)
            .Configure<AuthOptions, BrowserSignInOptions>((o, auth, web) =>
            {
                o.Authority = auth.Authority;
                o.RequireHttpsMetadata = auth.RequireHttpsMetadata;
                o.ClientId = web.ClientId;
                o.ClientSecret = web.ClientSecret;
                o.ResponseType = OpenIdConnectResponseType.Code;
                o.UsePkce = true;
                o.SignInScheme = CookieScheme;
                o.SignOutScheme = CookieScheme;
                o.MapInboundClaims = false;
                o.SaveTokens = true; // kept server-side in the encrypted session: id_token_hint for sign-out
                o.GetClaimsFromUserInfoEndpoint = web.GetClaimsFromUserInfoEndpoint;
                o.TokenValidationParameters.NameClaimType = HubClaims.Subject;
                o.TokenValidationParameters.RoleClaimType = HubClaims.Role;
                // The correlation and nonce cookies keep ASP.NET Core's SameSite=None (Secure): the provider's login
                // form is a cross-site POST whose redirect back to /signin-oidc does not carry Lax cookies in Chromium.
                // The session cookie is SameSite=Strict, so the browser does not send it on the redirect chain that
                // came from the provider's site: land on ContinuePath, whose same-site hop leads to the return path.
                o.Events.OnTicketReceived = c =>
                {
                    c.ReturnUri = ContinuePath + "?terug=" + Uri.EscapeDataString(Web.FrontDoor.ReturnPath(c.ReturnUri));
                    return Task.CompletedTask;
                };
                foreach (var scope in web.Scopes)
                {
                    o.Scope.Add(scope);
                }
            });

        // The policy scheme is the default for authenticate; the challenge stays the bearer one (JSON 401).
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = PolicyScheme;
            o.DefaultAuthenticateScheme = PolicyScheme;
            o.DefaultChallengeScheme = PolicyScheme;
            o.DefaultForbidScheme = PolicyScheme;
        });
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CsrfHeader;
            o.FormFieldName = "__csrf";
            o.Cookie.Name = "hub.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SuppressXFrameOptionsHeader = true; // SecurityHeaders sends DENY on every response
        });
        return services;
    }

    private static string SelectScheme(HttpContext http) =>
        http.Request.Headers.Authorization.Count == 0 && http.Request.Cookies.ContainsKey(CookieName)
            ? CookieScheme
            : JwtBearerDefaults.AuthenticationScheme;

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>True when the request is authenticated by the session cookie (not by a bearer header).</summary>
    public static bool IsSessionRequest(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Request.Headers.Authorization.Count == 0 && http.Request.Cookies.ContainsKey(CookieName);
    }

    /// <summary>
    /// Refuses a cookie-authenticated request with a side-effect method without the session's antiforgery
    /// token in <see cref="CsrfHeader"/> (or the form field of the sign-in and sign-out forms): 400 with
    /// <c>{"errors":[{"message":…,"extensions":{"code":"CSRF"}}]}</c>. Bearer requests are not affected.
    /// </summary>
    public static IApplicationBuilder UseBrowserCsrfProtection(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method)
                && IsSessionRequest(http)
                && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                await http.Response.WriteAsJsonAsync(
                    new { errors = new[] { new { message = $"A request of a browser session needs the antiforgery token of the page in the header {CsrfHeader}: reload the page.", extensions = new { code = "CSRF" } } } },
                    http.RequestAborted);
                return;
            }

            await next(http);
        });

    /// <summary>True when the development sign-in page is offered: Development environment, a local signing key, and <c>Hub:Auth:Web:DevelopmentSignIn</c>.</summary>
    public static bool DevelopmentSignInEnabled(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<IHostEnvironment>().IsDevelopment()
            && !string.IsNullOrWhiteSpace(services.GetRequiredService<AuthOptions>().SigningKey)
            && services.GetRequiredService<BrowserSignInOptions>().DevelopmentSignIn;
    }

    /// <summary>
    /// Development sign-in: mints the token the <c>token</c> verb would (<see cref="TokenIssuer"/>), validates it
    /// with the bearer scheme's own parameters and keeps the resulting principal in the session cookie.
    /// Returns null when the token does not validate (which would be a configuration error).
    /// </summary>
    internal static async Task<ClaimsPrincipal?> DevelopmentPrincipalAsync(HttpContext http, string subject, IEnumerable<string> gemeenten, IEnumerable<string> roles, IEnumerable<string> regios)
    {
        var services = http.RequestServices;
        var lifetime = services.GetRequiredService<BrowserSignInOptions>().SessionLifetime;
        var token = services.GetRequiredService<TokenIssuer>().Issue(subject, gemeenten, roles, regios, lifetime);
        var bearer = services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, bearer.TokenValidationParameters);
        return result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : null;
    }

    /// <summary>The gemeenten a development sign-in may choose: the configured ones (<c>Hub:Gemeenten</c>).</summary>
    internal static IReadOnlyList<GemeenteOptions> Gemeenten(IServiceProvider services) =>
        services.GetRequiredService<GemeenteCatalog>().All;
}

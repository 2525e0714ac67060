using System.Globalization;
using System.Reflection;
using System.Security.Claims;
using System.Text;
using Inburgering.Hub.Server.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;
using static Inburgering.Hub.Server.Web.PageLayout;

namespace Inburgering.Hub.Server.Web;

/// <summary>
/// The hub's pages for people (README "In a browser"): <c>/</c> leads to the sign-in page or the dashboard,
/// <c>/aanmelden</c> and <c>/afmelden</c>, <c>/dashboard</c>, the beheer pages and the GraphiQL explorer at
/// <c>GET /graphql</c> for a browser (<c>Accept: text/html</c>). Every page is an HTML shell whose scripts
/// ask the public <c>/graphql</c> endpoint with the session cookie — there is no other data path. Static
/// files (the hub's scripts and the vendored npm builds) are embedded in the assembly and served from
/// <c>/static/</c>.
/// </summary>
public static class FrontDoor
{
    private const string CacheItem = "hub.frontdoor.cache";
    private static readonly Assembly Assembly = typeof(FrontDoor).Assembly;

    /// <summary>
    /// Lets a static file be cached by the browser: registered before <c>UseSecurityHeaders</c>, so its
    /// response callback runs after that one's <c>no-store</c> and replaces it for static files only.
    /// </summary>
    public static IApplicationBuilder UseFrontDoorCaching(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            http.Response.OnStarting(static state =>
            {
                var h = (HttpContext)state;
                if (h.Items.TryGetValue(CacheItem, out var value) && value is string cache && h.Response.StatusCode == StatusCodes.Status200OK)
                {
                    h.Response.Headers.CacheControl = cache;
                    h.Response.Headers.Remove(HeaderNames.Pragma);
                }

                return Task.CompletedTask;
            }, http);
            return next(http);
        });

    /// <summary>Serves the explorer for a browser's <c>GET /graphql</c> (an HTML <c>Accept</c>, no <c>query</c>); every other request goes on to the GraphQL endpoint.</summary>
    public static IApplicationBuilder UseGraphQLExplorer(this IApplicationBuilder app, string path = "/graphql") =>
        app.Use(async (http, next) =>
        {
            if (HttpMethods.IsGet(http.Request.Method) && http.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)
                && !http.Request.Query.ContainsKey("query") && AcceptsHtml(http.Request))
            {
                if (!await SignedInOrRedirectAsync(http))
                {
                    return;
                }

                await WriteAsync(http, Pages.Explorer());
                return;
            }

            await next(http);
        });

    /// <summary>
    /// True when the client prefers HTML: <c>text/html</c> is acceptable (quality above 0) and weighs at
    /// least as much as any JSON type it lists (RFC 9110 §12.5.1), so <c>text/html;q=0.1, application/json</c>
    /// is an API client.
    /// </summary>
    private static bool AcceptsHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        double Weight(Func<string, bool> type) =>
            accept.Where(a => type(a.MediaType.Value ?? "")).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var html = Weight(t => t.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        var json = Weight(t => t.Equals("application/json", StringComparison.OrdinalIgnoreCase) || t.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase));
        return html > 0 && html >= json;
    }

    /// <summary>Maps the pages, the sign-in endpoints, the static files, the examples and the XLSX export.</summary>
    public static IEndpointRouteBuilder MapFrontDoor(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/", (HttpContext http) => Results.Redirect(http.User.Identity?.IsAuthenticated == true ? "/dashboard" : BrowserSignIn.SignInPath));
        endpoints.MapGet(BrowserSignIn.SignInPath, SignInPageAsync);
        endpoints.MapPost(BrowserSignIn.SignInPath, DevelopmentSignInAsync).DisableAntiforgery();
        endpoints.MapGet(BrowserSignIn.SignInPath + "/oidc", OidcSignIn);
        endpoints.MapGet(BrowserSignIn.ContinuePath, ContinueAsync);
        endpoints.MapPost(BrowserSignIn.SignOutPath, SignOutAsync).DisableAntiforgery();
        endpoints.MapGet("/dashboard", http => PageAsync(http, Pages.Dashboard()));
        endpoints.MapGet("/beheer/connectors", http => PageAsync(http, Pages.Connectors()));
        endpoints.MapGet("/beheer/runs", http => PageAsync(http, Pages.Runs()));
        endpoints.MapGet("/beheer/quarantaine", http => PageAsync(http, Pages.Quarantaine()));
        endpoints.MapGet("/graphql/voorbeelden", () => Results.Json(Examples.Value)).RequireAuthorization();
        endpoints.MapGet("/static/{**file}", StaticFile);
        endpoints.MapGet("/favicon.ico", (HttpContext http) => StaticFile(http, "favicon.ico"));
        endpoints.MapFallback(NotFoundAsync);
        endpoints.MapPost(DashboardXlsx.Path, (Delegate)DashboardXlsx.HandleAsync).RequireAuthorization().DisableAntiforgery();
        return endpoints;
    }

    /// <summary>
    /// Any path no endpoint serves: a browser (GET or HEAD with an HTML <c>Accept</c>) gets a Dutch page
    /// with status 404 that leads back to the dashboard; every other client a bare 404, as before.
    /// </summary>
    private static async Task NotFoundAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        if ((HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) && AcceptsHtml(http.Request))
        {
            await WriteAsync(http, Pages.NietGevonden(http.Request.Path.Value ?? "/"));
        }
    }

    private static async Task PageAsync(HttpContext http, Page page)
    {
        if (await SignedInOrRedirectAsync(http))
        {
            await WriteAsync(http, page);
        }
    }

    /// <summary>
    /// True when the page may be served: signed in with at least one hub role. Not signed in: a redirect to
    /// the sign-in page. Signed in without a hub role (the provider's claims map to none): the
    /// <see cref="Pages.GeenRol"/> page with status 403, so the person learns why instead of meeting a page
    /// whose every request is refused.
    /// </summary>
    private static async Task<bool> SignedInOrRedirectAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            http.Response.Redirect(BrowserSignIn.SignInPath + "?terug=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
            return false;
        }

        if (!http.User.HasClaim(c => c.Type == HubClaims.Role))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await WriteAsync(http, Pages.GeenRol(http.User.FindFirst("name")?.Value ?? http.User.FindFirst(HubClaims.Subject)?.Value ?? "onbekend"));
            return false;
        }

        return true;
    }

    /// <summary>
    /// A local path to return to after signing in; anything else becomes the dashboard: another site, <c>//host</c>,
    /// <c>/\host</c>, a path with a control character or white space (browsers drop a tab or line break from a
    /// <c>Location</c>, so <c>/&lt;TAB&gt;/host</c> would become <c>//host</c>), or longer than 2,048 characters.
    /// </summary>
    internal static string ReturnPath(string? terug) =>
        !string.IsNullOrEmpty(terug) && terug.Length <= 2048 && terug.StartsWith('/')
        && !terug.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
        && !terug.StartsWith("//", StringComparison.Ordinal) && !terug.StartsWith("/\\", StringComparison.Ordinal)
            ? terug
            : "/dashboard";

    /// <summary>The longest name (<c>sub</c>) the development sign-in accepts; the session cookie carries it.</summary>
    internal const int MaxDevelopmentName = 64;

    private static async Task SignInPageAsync(HttpContext http, string? terug, string? fout = null)
    {
        var services = http.RequestServices;
        var dev = BrowserSignIn.DevelopmentSignInEnabled(services);
        var oidc = BrowserSignIn.OidcConfigured(services.GetRequiredService<IConfiguration>());
        var tokens = services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        await WriteAsync(http, Pages.SignIn(ReturnPath(terug), dev, oidc, BrowserSignIn.Gemeenten(services), tokens.RequestToken!, fout));
    }

    private static Task SignInPageAsync(HttpContext http) => SignInPageAsync(http, http.Request.Query["terug"]);

    private static async Task DevelopmentSignInAsync(HttpContext http)
    {
        var services = http.RequestServices;
        if (!BrowserSignIn.DevelopmentSignInEnabled(services))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!await services.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await SignInPageAsync(http, null, "Het formulier is verlopen. Probeer het opnieuw.");
            return;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var known = BrowserSignIn.Gemeenten(services).Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        var gemeenten = form["gemeente"].OfType<string>().Where(known.Contains).ToList();
        var roles = form["rol"].OfType<string>().Where(Pages.Roles.Contains).ToList();
        var regios = BrowserSignIn.Gemeenten(services).Select(g => g.Regio).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(r => form["regio"].Contains(r)).ToList();
        var subject = form["naam"].ToString().Trim();
        var terug = ReturnPath(form["terug"]);
        if (roles.Count == 0)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await SignInPageAsync(http, terug, "Kies ten minste één rol.");
            return;
        }

        if (subject.Length > MaxDevelopmentName || subject.Any(char.IsControl))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await SignInPageAsync(http, terug, $"De naam mag ten hoogste {MaxDevelopmentName} tekens lang zijn, zonder stuurtekens.");
            return;
        }

        var principal = await BrowserSignIn.DevelopmentPrincipalAsync(http, subject.Length == 0 ? "ontwikkelaar" : subject, gemeenten, roles, regios);
        if (principal is null)
        {
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await SignInPageAsync(http, terug, "De ontwikkeltoken is niet geldig voor deze hub (Hub:Auth). Controleer de configuratie.");
            return;
        }

        await http.SignInAsync(BrowserSignIn.CookieScheme, principal);
        http.Response.Redirect(terug);
    }

    private static IResult OidcSignIn(HttpContext http, string? terug) =>
        BrowserSignIn.OidcConfigured(http.RequestServices.GetRequiredService<IConfiguration>())
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = ReturnPath(terug) }, [BrowserSignIn.OidcScheme])
            : Results.NotFound();

    /// <summary>
    /// After the OpenID Connect callback: a minimal page that refreshes to the return path (see
    /// <see cref="BrowserSignIn.ContinuePath"/>); the refresh is started by the hub's own page, so the browser
    /// sends the SameSite=Strict session cookie with it.
    /// </summary>
    private static async Task ContinueAsync(HttpContext http, string? terug)
    {
        var target = E(ReturnPath(terug));
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy(false, null);
        await http.Response.WriteAsync(
            "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>Aangemeld – Inburgering.Hub</title>\n"
            + "<meta http-equiv=\"refresh\" content=\"0;url=" + target + "\">\n</head>\n<body>\n<main>\n<h1>Aangemeld</h1>\n"
            + "<p><a href=\"" + target + "\">Verder naar de hub</a></p>\n</main>\n</body>\n</html>\n",
            http.RequestAborted);
    }

    private static async Task SignOutAsync(HttpContext http)
    {
        // Reached only with the session's antiforgery token (UseBrowserCsrfProtection) or without a session.
        // A session from the OpenID Connect sign-in holds its ID token (server-side): sign out at the provider too.
        var idToken = http.User.Identity?.IsAuthenticated == true ? await http.GetTokenAsync(BrowserSignIn.CookieScheme, "id_token") : null;
        await http.SignOutAsync(BrowserSignIn.CookieScheme);
        if (idToken is not null && BrowserSignIn.OidcConfigured(http.RequestServices.GetRequiredService<IConfiguration>()))
        {
            await http.SignOutAsync(BrowserSignIn.OidcScheme, new AuthenticationProperties { RedirectUri = BrowserSignIn.SignInPath });
            return;
        }

        http.Response.Redirect(BrowserSignIn.SignInPath);
    }

    private static IResult StaticFile(HttpContext http, string file)
    {
        if (file.Contains("..", StringComparison.Ordinal))
        {
            return Results.NotFound();
        }

        var stream = Assembly.GetManifestResourceStream("wwwroot/" + file);
        if (stream is null)
        {
            return Results.NotFound();
        }

        http.Items[CacheItem] = file.StartsWith("vendor/", StringComparison.Ordinal) ? "public, max-age=604800, immutable" : "private, max-age=300";
        return Results.Stream(stream, ContentType(file));
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".png" => "image/png",
        ".svg" => "image/svg+xml",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        ".txt" or ".md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    /// <summary>One example of <c>schema/examples/</c> (embedded at build): its name, the operation, the variables and the token it needs.</summary>
    public sealed record Example(string Naam, string Query, string? Variables, string? Token);

    private static readonly Lazy<IReadOnlyList<Example>> Examples = new(LoadExamples);

    private static List<Example> LoadExamples()
    {
        var list = new List<Example>();
        foreach (var name in Assembly.GetManifestResourceNames().Where(n => n.StartsWith("examples/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = Assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var text = reader.ReadToEnd();
            string? Header(string key) => text.Split('\n').Select(l => l.TrimEnd('\r'))
                .FirstOrDefault(l => l.StartsWith($"# {key}: ", StringComparison.Ordinal))?[(key.Length + 4)..].Trim();
            list.Add(new Example(Path.GetFileNameWithoutExtension(name["examples/".Length..]), text, Header("Variables"), Header("Token")));
        }

        return list;
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static bool HasRole(ClaimsPrincipal user, string role) => user.FindAll(HubClaims.Role).Any(c => c.Value == role);
}

using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Inburgering.Hub.Server.Auth;
using Microsoft.AspNetCore.Antiforgery;

namespace Inburgering.Hub.Server.Web;

/// <summary>
/// The HTML shell of every page: Dutch, one <c>h1</c>, a skip link, landmarks (header, nav, main), the
/// antiforgery token of the session in <c>&lt;meta name="hub-csrf"&gt;</c> for the scripts, and a strict
/// Content-Security-Policy (scripts only from the hub itself, no inline script).
/// </summary>
internal static class PageLayout
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    /// <summary>Encodes text for HTML content or a quoted attribute.</summary>
    public static string E(string? text) => Html.Encode(text ?? "");

    /// <summary>The policy of the hub's own pages; <paramref name="inlineStyles"/> only for GraphiQL (its editor positions elements with style attributes).</summary>
    public static string ContentSecurityPolicy(bool inlineStyles, string? formTarget) =>
        "default-src 'self'; script-src 'self'; "
        + (inlineStyles ? "style-src 'self' 'unsafe-inline'; " : "style-src 'self'; ")
        + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
        + "form-action 'self'" + (formTarget is null ? "" : " " + formTarget);

    public static async Task WriteAsync(HttpContext http, Page page)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(page);
        var user = http.User.Identity?.IsAuthenticated == true ? http.User : null;
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        var formTarget = FormTarget(http);
        var sb = new StringBuilder(4096);
        sb.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(E(page.Title)).Append(" – Inburgering.Hub</title>\n")
          .Append("<meta name=\"hub-csrf\" content=\"").Append(E(tokens.RequestToken)).Append("\">\n");
        foreach (var css in page.Styles)
        {
            sb.Append("<link rel=\"stylesheet\" href=\"").Append(E(css)).Append("\">\n");
        }

        sb.Append("<link rel=\"stylesheet\" href=\"/static/hub.css\">\n");
        sb.Append("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">\n");
        foreach (var script in page.Scripts)
        {
            sb.Append(script.EndsWith(".mjs", StringComparison.Ordinal) ? "<script type=\"module\" src=\"" : "<script defer src=\"").Append(E(script)).Append("\"></script>\n");
        }

        sb.Append("</head>\n<body class=\"").Append(E(page.BodyClass)).Append("\">\n")
          .Append("<a class=\"skip\" href=\"#inhoud\">Naar de inhoud</a>\n")
          .Append("<header class=\"kop\"><div class=\"kop-binnen\"><a class=\"merk\" href=\"/\">Inburgering.Hub</a>\n");
        if (user is not null)
        {
            sb.Append("<nav aria-label=\"Hoofdmenu\"><ul>");
            foreach (var (href, label) in Menu)
            {
                sb.Append("<li><a href=\"").Append(href).Append('"')
                  .Append(page.Path == href ? " aria-current=\"page\"" : "")
                  .Append('>').Append(E(label)).Append("</a></li>");
            }

            sb.Append("</ul></nav>\n<div class=\"gebruiker\"><span>").Append(E(Describe(user))).Append("</span>")
              .Append("<form method=\"post\" action=\"").Append(BrowserSignIn.SignOutPath).Append("\">")
              .Append("<input type=\"hidden\" name=\"__csrf\" value=\"").Append(E(tokens.RequestToken)).Append("\">")
              .Append("<button type=\"submit\" class=\"knop-licht\">Afmelden</button></form></div>\n");
        }

        sb.Append("</div></header>\n<main id=\"inhoud\" tabindex=\"-1\">\n<h1>").Append(E(page.Heading ?? page.Title)).Append("</h1>\n")
          .Append(page.Body)
          .Append("\n</main>\n</body>\n</html>\n");

        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy(page.InlineStyles, formTarget);
        await http.Response.WriteAsync(sb.ToString(), http.RequestAborted);
    }

    private static readonly (string Href, string Label)[] Menu =
    [
        ("/dashboard", "Dashboard"),
        ("/graphql", "GraphQL-verkenner"),
        ("/beheer/connectors", "Connectors"),
        ("/beheer/runs", "Runs"),
        ("/beheer/quarantaine", "Quarantaine"),
    ];

    /// <summary>"medewerker · GM0405" — who is signed in, from the session's claims.</summary>
    public static string Describe(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var parts = new List<string>();
        var roles = user.FindAll(HubClaims.Role).Select(c => c.Value).ToList();
        if (roles.Count > 0)
        {
            parts.Add(string.Join(", ", roles));
        }

        var gemeenten = user.FindAll(HubClaims.Gemeente).Select(c => c.Value).ToList();
        if (gemeenten.Count > 0)
        {
            parts.Add(gemeenten.Count > 3 ? $"{gemeenten.Count} gemeenten" : string.Join(", ", gemeenten));
        }

        parts.AddRange(user.FindAll(HubClaims.Regio).Select(c => "regio " + c.Value));
        var name = user.FindFirst("name")?.Value ?? user.FindFirst(HubClaims.Subject)?.Value ?? "aangemeld";
        return parts.Count == 0 ? name : $"{name} · {string.Join(" · ", parts)}";
    }

    /// <summary>The authority's origin when sign-out leaves for it (OpenID Connect end-session), for form-action.</summary>
    private static string? FormTarget(HttpContext http)
    {
        var authority = http.RequestServices.GetRequiredService<AuthOptions>().Authority;
        return string.IsNullOrWhiteSpace(authority) || !Uri.TryCreate(authority, UriKind.Absolute, out var uri)
            ? null
            : uri.GetLeftPart(UriPartial.Authority);
    }
}

/// <summary>One page: title, the path it answers (for the menu), the body HTML, scripts and styles.</summary>
internal sealed record Page(string Path, string Title, string Body)
{
    public string? Heading { get; init; }

    public IReadOnlyList<string> Scripts { get; init; } = [];

    public IReadOnlyList<string> Styles { get; init; } = [];

    public bool InlineStyles { get; init; }

    public string BodyClass { get; init; } = "";
}

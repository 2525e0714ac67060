using Microsoft.Net.Http.Headers;

namespace Inburgering.Hub.Server.Hosting;

/// <summary>
/// Headers on every response (also 401, 429 and errors), because the hub answers with personal data:
/// <c>Cache-Control: no-store</c> (no browser or proxy keeps a copy), <c>X-Content-Type-Options: nosniff</c>
/// (a JSON or CSV body is never run as script), <c>Referrer-Policy: no-referrer</c> and
/// <c>X-Frame-Options: DENY</c>. Kestrel's <c>Server</c> header is switched off in <see cref="HubApplication"/>.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            http.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers[HeaderNames.CacheControl] = "no-store";
                headers[HeaderNames.Pragma] = "no-cache";
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers[HeaderNames.XFrameOptions] = "DENY";
                headers.Remove(HeaderNames.Server);
                return Task.CompletedTask;
            }, http.Response);
            return next(http);
        });
}

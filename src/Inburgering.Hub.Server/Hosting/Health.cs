using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inburgering.Hub.Server.Hosting;

/// <summary>
/// Health endpoints in the ASP.NET Core conventions, public and without personal data:
/// <c>/health/live</c> — the process answers (no checks; an orchestrator restarts the hub when this
/// fails); <c>/health/ready</c> — the checks tagged <see cref="Ready"/>: database reachable with every
/// migration applied, scheduler running (an orchestrator holds traffic while this fails);
/// <c>/health</c> — the same as ready. <c>200 Healthy</c> or <c>503 Unhealthy</c>, with a JSON body
/// that names each check and why it failed.
/// </summary>
internal static class Health
{
    /// <summary>The tag of the readiness checks.</summary>
    public const string Ready = "ready";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        var ready = new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health/ready", ready).AllowAnonymous();
        app.MapHealthChecks("/health", ready).AllowAnonymous();
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}

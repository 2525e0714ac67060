using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Inburgering.Hub.Server.Demo;

/// <summary>
/// A local stand-in for WerkSaam's API on a loopback port, serving the demo region's collections as
/// the contract describes (OAuth2 client credentials, cursor paging, <c>gewijzigdSinds</c>), so the
/// demo ingests WerkSaam through the real connector over HTTP.
/// </summary>
internal sealed class DemoWerkSaamServer : IAsyncDisposable
{
    public const string ClientId = "inburgering-hub-demo";
    public const string ClientSecret = "demo-only-not-a-secret";
    private const string Token = "demo-access-token";

    private readonly WebApplication _app;

    private DemoWerkSaamServer(WebApplication app) => _app = app;

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";

    public static async Task<DemoWerkSaamServer> StartAsync(WerkSaamDemoData data)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/oauth/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            return form["grant_type"] == "client_credentials" && form["client_id"] == ClientId && form["client_secret"] == ClientSecret
                ? Results.Json(new { access_token = Token, expires_in = 3600 })
                : Results.Json(new { error = "invalid_client" }, statusCode: StatusCodes.Status401Unauthorized);
        });
        app.MapGet("/api/v1/{collection}", (HttpRequest request, string collection) =>
        {
            if (request.Headers.Authorization != $"Bearer {Token}")
            {
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            if (!data.Collections.TryGetValue(collection, out var items))
            {
                return Results.NotFound();
            }

            var since = request.Query["gewijzigdSinds"].ToString();
            var limit = int.TryParse(request.Query["limit"], CultureInfo.InvariantCulture, out var l) ? Math.Clamp(l, 1, 500) : 100;
            var offset = request.Query["cursor"].ToString() is { Length: > 0 } cursor
                ? int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)), CultureInfo.InvariantCulture)
                : 0;
            var matching = items.Where(i => since.Length == 0 || DateTimeOffset.Parse(i["gewijzigdOp"]!.GetValue<string>(), CultureInfo.InvariantCulture) >= DateTimeOffset.Parse(since, CultureInfo.InvariantCulture)).ToList();
            var page = matching.Skip(offset).Take(limit).Select(i => i.DeepClone()).ToList();
            var next = offset + limit < matching.Count ? Convert.ToBase64String(Encoding.UTF8.GetBytes((offset + limit).ToString(CultureInfo.InvariantCulture))) : null;
            return Results.Json(new JsonObject { ["items"] = new JsonArray([.. page]), ["nextCursor"] = next });
        });
        await app.StartAsync();
        return new DemoWerkSaamServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using System.Net.Http.Headers;
using Inburgering.Hub.Bench.Query.Dataset;
using Inburgering.Hub.Server.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inburgering.Hub.Bench.Query;

/// <summary>
/// The real hub server (the same <c>Program</c>, configuration and GraphQL schema as in production)
/// in process on the generated database (SQLite or PostgreSQL), with a <see cref="StatementCounter"/> on every context.
/// Requests go through its HTTP pipeline (authentication, authorization, GraphQL executor).
/// </summary>
internal sealed class HubHost(BenchDatabase database, string work) : WebApplicationFactory<global::Program>
{
    private const string SigningKey = "bench-only-signing-key-inburgering-hub-query-benchmark-01";
    private const string Issuer = "inburgering-hub-bench";
    private const string Audience = "inburgering-hub-bench-api";

    public StatementCounter Statements { get; } = new();

    public BenchDatabase Database => database;

    /// <summary>A client for a caller with <paramref name="role"/> and row access to <paramref name="gemeenten"/>.</summary>
    public HttpClient ClientAs(string role, IEnumerable<string> gemeenten)
    {
        var token = Services.GetRequiredService<TokenIssuer>().Issue("bench-" + role, gemeenten, [role], [], TimeSpan.FromHours(2));
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client for an analist with row access to <paramref name="gemeenten"/> and a <c>regio</c> claim (aggregate-only access to the rest of the region).</summary>
    public HttpClient RegioAnalist(IEnumerable<string> gemeenten, string regio)
    {
        var token = Services.GetRequiredService<TokenIssuer>().Issue("bench-regio-analist", gemeenten, ["analist"], [regio], TimeSpan.FromHours(2));
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var folder = Path.Combine(work, "host");
        builder.UseSolutionRelativeContentRoot(Path.Combine("src", "Inburgering.Hub.Server"));
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Hub:Database:Provider", database.HubProviderName);
        builder.UseSetting("Hub:Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Hub:Database:MigrateOnStart", "true");
        builder.UseSetting("Hub:Sync:ArchivePath", Path.Combine(folder, "archive"));
        builder.UseSetting("Hub:Plugins:Path", Path.Combine(folder, "plugins"));
        builder.UseSetting("Hub:Auth:Authority", "");
        builder.UseSetting("Hub:Auth:SigningKey", SigningKey);
        builder.UseSetting("Hub:Auth:AllowSigningKeyOutsideDevelopment", "true");
        builder.UseSetting("Hub:Auth:Issuer", Issuer);
        builder.UseSetting("Hub:Auth:Audience", Audience);
        builder.UseSetting("Hub:Pseudonymisation:Key", HubServices.Key);
        builder.UseSetting("Hub:Privacy:CellKey:Secret", "bench-only-cell-key-secret-inburgering-hub-0123456789");
        foreach (var connector in new[] { "coa", "duo", "taalaanbieder" })
        {
            builder.UseSetting($"Hub:Connectors:{connector}:Settings:InboxPath", Path.Combine(folder, "inbox", connector));
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Statements));
    }
}

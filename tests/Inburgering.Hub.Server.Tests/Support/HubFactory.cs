using System.Net.Http.Headers;
using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Server.Auth;
using Inburgering.Hub.Sync.Engine;
using Inburgering.Hub.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inburgering.Hub.Server.Tests.Support;

/// <summary>
/// The real hub (<see cref="Program"/>) on a fresh SQLite file and COA inbox in a temp folder, with
/// test keys set explicitly through <c>UseSetting</c> (no Development configuration needed).
/// Subclasses write inbox files in <see cref="SeedAsync"/>; they are ingested through the COA connector.
/// </summary>
public class HubFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private int _disposed;

    public const string SigningKey = "test-only-signing-key-inburgering-hub-server-tests-0001";
    public const string Issuer = "inburgering-hub-tests";
    public const string Audience = "inburgering-hub-tests-api";
    public const string PseudonymisationKey = "test-only-pseudonymisation-key-server-tests-0123456789";
    public const string CellKeySecret = "test-only-cell-key-secret-server-tests-0123456789";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "inburgering-hub-server-tests", Guid.NewGuid().ToString("N"));

    public string Inbox => Path.Combine(_folder, "inbox", "coa");

    /// <summary>Mints tokens with the configured test signing key.</summary>
    public TokenIssuer Tokens => Services.GetRequiredService<TokenIssuer>();

    /// <summary>Starts the host (which migrates the store), then seeds it.</summary>
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Inbox);
        using (CreateClient())
        {
        }

        await SeedAsync();
        if (RebuildsJourneyProjection)
        {
            await using var db = Services.GetRequiredService<HubDbContextFactory>().CreateSystem();
            await Sync.Journey.JourneyProjection.RebuildAsync(db, CancellationToken.None);
        }
    }

    /// <summary>
    /// Whether the journey projection the report reads is rebuilt after <see cref="SeedAsync"/>: fixtures
    /// that write canonical rows straight into the store bypass the sync engine that keeps it. False for a
    /// fixture that tests the projection the engine kept.
    /// </summary>
    protected virtual bool RebuildsJourneyProjection => true;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return; // xunit disposes a fixture as IAsyncLifetime and again as IDisposable
        }

        try
        {
            await base.DisposeAsync();
        }
        catch (Exception ex) when (ex is AggregateException or OperationCanceledException or ObjectDisposedException)
        {
            // Stopping the test host after its tests ran: report, but a teardown race in the test
            // server is not a test result (the hub's own shutdown is covered by BackgroundRunTests).
            await Console.Error.WriteLineAsync($"{GetType().Name}: the test host did not stop cleanly: {(ex as AggregateException)?.Flatten() ?? ex}");
        }

        GC.SuppressFinalize(this);
        await DisposeResourcesAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>Releases what a derived factory started beside the host (fake partner servers, folders), once, after the host stopped.</summary>
    protected virtual ValueTask DisposeResourcesAsync() => ValueTask.CompletedTask;

    /// <summary>The synchronous path (xunit's IDisposable call) ends up in <see cref="DisposeAsync"/>, which stops the host once.</summary>
    /// <summary>
    /// Every test client is a current GraphQL-over-HTTP client: it accepts
    /// <c>application/graphql-response+json</c> (4xx for requests that fail to validate). Tests of the
    /// legacy <c>application/json</c> answers clear or replace the header.
    /// </summary>
    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLHttp.ResponseMediaType));
    }

    protected override void Dispose(bool disposing)
    {
        try
        {
            base.Dispose(disposing);
        }
        catch (Exception ex) when (ex is AggregateException or OperationCanceledException or ObjectDisposedException)
        {
            Console.Error.WriteLine($"{GetType().Name}: the test host did not stop cleanly: {ex}");
        }
    }

    /// <summary>A token for a medewerker of <paramref name="gemeenten"/>.</summary>
    public string Token(params string[] gemeenten) =>
        Tokens.Issue("test-medewerker", gemeenten, ["medewerker"], [], TimeSpan.FromMinutes(30));

    /// <summary>A token with <paramref name="roles"/> (comma-separated) for <paramref name="gemeenten"/>.</summary>
    public string TokenAs(string roles, params string[] gemeenten) =>
        Tokens.Issue("test-" + roles.Replace(',', '-'), gemeenten, roles.Split(','), [], TimeSpan.FromMinutes(30));

    /// <summary>A client with <paramref name="roles"/> (comma-separated) for <paramref name="gemeenten"/>.</summary>
    public HttpClient ClientAs(string roles, params string[] gemeenten) => ClientWithToken(TokenAs(roles, gemeenten));

    /// <summary>A client with <paramref name="roles"/> (comma-separated), <c>regio</c> claims and row access to <paramref name="gemeenten"/>.</summary>
    public HttpClient ClientForRegio(string roles, string[] regios, params string[] gemeenten) =>
        ClientWithToken(Tokens.Issue("test-regio-" + roles.Replace(',', '-'), gemeenten, roles.Split(','), regios, TimeSpan.FromMinutes(30)));

    /// <summary>A client that sends <paramref name="token"/> as bearer token.</summary>
    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client for a medewerker of <paramref name="gemeenten"/>.</summary>
    public HttpClient ClientFor(params string[] gemeenten) => ClientWithToken(Token(gemeenten));

    /// <summary>Runs the COA connector over <see cref="Inbox"/> and checks that the run loaded.</summary>
    public async Task<SyncRun> IngestAsync()
    {
        var run = await Services.GetRequiredService<SyncEngine>().RunAsync("coa", SyncTrigger.Manual, CancellationToken.None);
        if (run.Status is not (SyncRunStatus.Succeeded or SyncRunStatus.PartiallySucceeded))
        {
            throw new InvalidOperationException($"The seed run ended {run.Status}: {run.Error}");
        }

        return run;
    }

    protected virtual Task SeedAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Hub:Database:Provider", "Sqlite");
        builder.UseSetting("Hub:Sync:ArchivePath", Path.Combine(_folder, "archive"));
        builder.UseSetting("Hub:Plugins:Path", Path.Combine(_folder, "plugins"));
        SqliteTemplate.CopyToAsync(Path.Combine(_folder, "hub.db")).GetAwaiter().GetResult();
        builder.UseSetting("Hub:Database:ConnectionString", $"Data Source={Path.Combine(_folder, "hub.db")};Pooling=False");
        builder.UseSetting("Hub:Database:MigrateOnStart", "true");
        builder.UseSetting("Hub:Auth:Authority", "");
        builder.UseSetting("Hub:Auth:SigningKey", SigningKey);
        builder.UseSetting("Hub:Auth:AllowSigningKeyOutsideDevelopment", "true");
        builder.UseSetting("Hub:Auth:Issuer", Issuer);
        builder.UseSetting("Hub:Auth:Audience", Audience);
        builder.UseSetting("Hub:Pseudonymisation:Key", PseudonymisationKey);
        builder.UseSetting("Hub:Privacy:CellKey:Secret", CellKeySecret);
        builder.UseSetting("Hub:Connectors:coa:Settings:InboxPath", Inbox);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}

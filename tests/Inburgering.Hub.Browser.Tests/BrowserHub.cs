using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Server.Auth;
using Inburgering.Hub.Server.Demo;
using Inburgering.Hub.Server.Hosting;
using Inburgering.Hub.Sync.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Inburgering.Hub.Browser.Tests;

/// <summary>
/// The hub as a person meets it: the demo region ingested through the real connectors (as the <c>demo</c>
/// verb does) and served by Kestrel on <see cref="BaseUrl"/> in the Development environment, and a headless
/// Debian Chromium (<see cref="ChromiumPath"/>) driven by Playwright. Without that browser the tests are
/// skipped with <see cref="SkipReason"/>: Playwright's own browser download cannot work here.
/// </summary>
public class BrowserHub : IAsyncLifetime
{
    public const string BaseUrl = "http://127.0.0.1:5181";

    /// <summary>Debian's chromium package; <c>HUB_TEST_CHROMIUM</c> overrides.</summary>
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("HUB_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Null when Chromium is installed; else why the browser tests do not run.</summary>
    public static string? SkipReason { get; } = File.Exists(ChromiumPath)
        ? null
        : $"Chromium is not installed at {ChromiumPath} (apt-get install chromium; .ci/run does): the browser tests need it.";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "inburgering-hub-browser-tests", Guid.NewGuid().ToString("N"));
    private DemoDelivery? _delivery;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    /// <summary>Screenshots and downloads of the tests: <c>browser-output/</c> under the test output folder.</summary>
    public static string OutputFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "browser-output")).FullName;

    /// <summary>Why this hub does not start (the tests using it are skipped); null when it can.</summary>
    protected virtual string? Unavailable => SkipReason;

    /// <summary>The hub's environment: Development (the development sign-in page) unless a subclass says otherwise.</summary>
    protected virtual string EnvironmentName => "Development";

    /// <summary>Adds configuration after the defaults of this fixture (a subclass: another sign-in).</summary>
    protected virtual Task ConfigureAsync(IConfigurationBuilder configuration) => Task.CompletedTask;

    /// <summary>Stops what <see cref="ConfigureAsync"/> started, after the hub has stopped.</summary>
    protected virtual ValueTask StopExtrasAsync() => ValueTask.CompletedTask;

    public async Task InitializeAsync()
    {
        if (Unavailable is not null)
        {
            return;
        }

        _delivery = await DemoDelivery.PrepareAsync(Path.Combine(_folder, "inbox"));
        var builder = HubApplication.CreateBuilder(["--environment", EnvironmentName, "--contentRoot", Path.Combine(RepoRoot, "src", "Inburgering.Hub.Server")]);
        builder.Configuration.AddInMemoryCollection(_delivery.Configuration);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = BaseUrl,
            ["Hub:Database:Provider"] = "Sqlite",
            ["Hub:Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "hub.db")};Pooling=False",
            ["Hub:Database:MigrateOnStart"] = "true",
            ["Hub:Sync:ArchivePath"] = Path.Combine(_folder, "archive"),
            ["Hub:Plugins:Path"] = Path.Combine(_folder, "plugins"),
            ["Hub:RateLimits:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await ConfigureAsync(builder.Configuration);
        _app = HubApplication.Build(builder);
        var startup = _app.Services.GetRequiredService<HubStartup>();
        startup.ValidateSecrets();
        await startup.PrepareStoreAsync(CancellationToken.None);
        await DemoDelivery.IngestAsync(_app.Services, CancellationToken.None);
        await DeliverUnknownGemeenteAsync();
        await _app.StartAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Environment.UserName == "root" ? ["--no-sandbox"] : [],
        });
    }

    /// <summary>
    /// COA re-delivers its last koppelingen file with one more line, for a gemeente this hub does not serve
    /// (GM9999): the connector reads it, so the record is quarantined as <c>UNKNOWN_GEMEENTE</c> and is
    /// replayable (the demo's own quarantined records, a BSN typo, are not; the re-delivered typo is refused again). The other lines are unchanged.
    /// </summary>
    private async Task DeliverUnknownGemeenteAsync()
    {
        var coa = Path.Combine(_delivery!.Inbox, "coa");
        var last = Directory.EnumerateFiles(coa, "coa-koppelingen-*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Last();
        var lines = (await File.ReadAllLinesAsync(last)).Where(l => l.Length > 0).ToList();
        var fields = lines[1].Split(';');
        fields[0] = "K-BROWSER-1";
        fields[3] = "GM9999";
        await File.WriteAllLinesAsync(Path.Combine(coa, "coa-koppelingen-20991231.csv"), [.. lines, string.Join(';', fields)]);
        var run = await _app!.Services.GetRequiredService<SyncEngine>().RunAsync("coa", SyncTrigger.Manual, CancellationToken.None);
        if (run.Quarantined < 1)
        {
            throw new InvalidOperationException($"The extra COA delivery should quarantine the GM9999 record; the run ended {run.Status} with {run.Quarantined} quarantined ({run.Error}).");
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await StopExtrasAsync();

        if (_delivery is not null)
        {
            await _delivery.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>A new browser context (own cookies) with downloads allowed, at laptop width.</summary>
    public Task<IBrowserContext> NewContextAsync() => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = BaseUrl,
        AcceptDownloads = true,
        ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        Locale = "nl-NL",
        TimezoneId = "Europe/Amsterdam",
    });

    /// <summary>
    /// Signs in on the development page as its defaults suggest (analist and beheerder of all seven gemeenten,
    /// regio Westfriesland): open <c>/</c>, click "Aanmelden" — the dashboard.
    /// </summary>
    public static async Task<IPage> SignInAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        return page;
    }

    /// <summary>Waits until the page's script has loaded its data (<c>body[data-geladen]</c>).</summary>
    public static Task LoadedAsync(IPage page) => page.WaitForSelectorAsync("body[data-geladen='ja']", new() { Timeout = 30_000 });

    /// <summary>Posts <paramref name="query"/> to /graphql with a bearer token of the same claims as the default sign-in (the API the pages use).</summary>
    public async Task<JsonNode> GraphQLAsync(string query, object? variables = null)
    {
        var token = Services.GetRequiredService<TokenIssuer>().Issue(
            "browser-tests",
            ["GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"],
            ["analist", "beheerder"],
            ["Westfriesland"],
            TimeSpan.FromMinutes(10));
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var body = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), body);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(json["errors"] is null, json.ToJsonString());
        return json["data"]!;
    }

    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Inburgering.Hub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Inburgering.Hub.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>The browser tests share one hub and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHub>
{
    public const string Name = "browser";
}

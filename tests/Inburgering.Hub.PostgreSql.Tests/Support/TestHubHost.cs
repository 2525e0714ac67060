using System.Globalization;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Testing;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.PostgreSql;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync;
using Inburgering.Hub.Sync.Configuration;
using Inburgering.Hub.Sync.Engine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.PostgreSql.Tests.Support;

/// <summary>
/// A hub wired as in production (<c>AddHubData</c> + <c>AddHubPostgreSql</c> + <c>AddHubSync</c>) on
/// the given provider and database, with the Westfriesland gemeenten and the given connectors, migrated.
/// </summary>
public sealed class TestHubHost : IAsyncDisposable
{
    /// <summary>Test-only pseudonymisation key (40 bytes).</summary>
    public const string TestKey = "test-only-pseudonymisation-key-0123456789";

    private readonly string _folder;

    private TestHubHost(ServiceProvider services, IConfigurationRoot configuration, string folder)
    {
        Services = services;
        Configuration = configuration;
        _folder = folder;
    }

    public ServiceProvider Services { get; }

    public IConfigurationRoot Configuration { get; }

    /// <summary>A folder of this hub (archive, inboxes), deleted with it.</summary>
    public string Folder => _folder;

    public SyncEngine Engine => Services.GetRequiredService<SyncEngine>();

    public HubDbContextFactory DbFactory => Services.GetRequiredService<HubDbContextFactory>();

    /// <summary>A hub on PostgreSQL, on <paramref name="connectionString"/>.</summary>
    public static Task<TestHubHost> OnPostgresAsync(string connectionString, IEnumerable<IConnector> connectors, IReadOnlyDictionary<string, string?>? settings = null) =>
        StartAsync(PostgreSqlDatabaseProvider.ProviderName, connectionString, connectors, settings, folder: null);

    /// <summary>A hub on a fresh SQLite file, for comparison.</summary>
    public static Task<TestHubHost> OnSqliteAsync(IEnumerable<IConnector> connectors, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = NewFolder();
        return StartAsync("Sqlite", $"Data Source={Path.Combine(folder, "hub.db")};Pooling=False", connectors, settings, folder);
    }

    public Task<SyncRun> RunAsync(string connector, CancellationToken cancellationToken = default) =>
        Engine.RunAsync(connector, SyncTrigger.Manual, cancellationToken);

    public HubDbContext System() => DbFactory.CreateSystem();

    public HubDbContext For(ICallerScope scope) => DbFactory.Create(scope);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "inburgering-hub-postgresql-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static async Task<TestHubHost> StartAsync(
        string provider, string connectionString, IEnumerable<IConnector> connectors, IReadOnlyDictionary<string, string?>? settings, string? folder)
    {
        folder ??= NewFolder();
        var values = new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = provider,
            ["Hub:Database:ConnectionString"] = connectionString,
            ["Hub:Pseudonymisation:Key"] = TestKey,
            ["Hub:Sync:ArchivePath"] = Path.Combine(folder, "archive"),
        };
        var gemeenten = FixtureGemeente.Westfriesland;
        for (var i = 0; i < gemeenten.Count; i++)
        {
            var prefix = $"Hub:Gemeenten:{i.ToString(CultureInfo.InvariantCulture)}";
            values[$"{prefix}:Code"] = gemeenten[i].Code;
            values[$"{prefix}:Naam"] = gemeenten[i].Naam;
            values[$"{prefix}:Regio"] = gemeenten[i].Regio;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddHubData()
            .AddHubPostgreSql()
            .AddHubSync();
        foreach (var connector in connectors)
        {
            collection.AddSingleton(connector);
        }

        var services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var hub = new TestHubHost(services, configuration, folder);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await services.GetRequiredService<GemeenteCatalogWriter>().WriteAsync(CancellationToken.None);
        return hub;
    }
}

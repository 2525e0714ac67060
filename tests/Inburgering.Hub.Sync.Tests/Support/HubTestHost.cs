using System.Globalization;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Configuration;
using Inburgering.Hub.Sync.Engine;
using Inburgering.Hub.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Sync.Tests.Support;

/// <summary>
/// A hub wired as in production (<c>AddHubData</c> + <c>AddHubSync</c>) on a fresh SQLite file in a
/// temp folder, with a test key, the seven Westfriesland gemeenten and a <see cref="ScriptedConnector"/>.
/// </summary>
public sealed class HubTestHost : IAsyncDisposable
{
    /// <summary>Test-only pseudonymisation key (40 bytes).</summary>
    public const string TestKey = "test-only-pseudonymisation-key-0123456789";

    public static readonly (string Code, string Naam)[] Westfriesland =
    [
        ("GM0405", "Hoorn"), ("GM0388", "Enkhuizen"), ("GM0498", "Drechterland"), ("GM1598", "Koggenland"),
        ("GM0420", "Medemblik"), ("GM0432", "Opmeer"), ("GM0532", "Stede Broec"),
    ];

    private readonly string _folder;

    private HubTestHost(string folder, string databasePath, ServiceProvider services, ScriptedConnector connector)
    {
        _folder = folder;
        DatabasePath = databasePath;
        Services = services;
        Connector = connector;
    }

    public string DatabasePath { get; }

    /// <summary>The host's temp folder (database, archive, plug-ins).</summary>
    public string Folder => _folder;

    public string ConnectionString => $"Data Source={DatabasePath};Pooling=False";

    public ServiceProvider Services { get; }

    public ScriptedConnector Connector { get; }

    public SyncEngine Engine => Services.GetRequiredService<SyncEngine>();

    public IPseudonymizer Pseudonymizer => Services.GetRequiredService<IPseudonymizer>();

    public HubDbContextFactory DbFactory => Services.GetRequiredService<HubDbContextFactory>();

    /// <param name="batchSize">Hub:Sync:BatchSize, when set.</param>
    /// <param name="overrides">Further configuration, applied last.</param>
    /// <param name="folder">Reuse the folder (and database) of an earlier host.</param>
    /// <param name="configure">Extra service registrations (e.g. Quartz).</param>
    public static async Task<HubTestHost> StartAsync(
        int? batchSize = null,
        IReadOnlyDictionary<string, string?>? overrides = null,
        string? folder = null,
        Action<IServiceCollection>? configure = null)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "inburgering-hub-sync-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var databasePath = Path.Combine(folder, "hub.db");

        var settings = new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "Sqlite",
            ["Hub:Database:ConnectionString"] = $"Data Source={databasePath};Pooling=False",
            ["Hub:Pseudonymisation:Key"] = TestKey,
            ["Hub:Sync:ArchivePath"] = Path.Combine(folder, "archive"),
            [$"Hub:Connectors:{ScriptedConnector.ConnectorName}:Settings:Inbox"] = folder,
        };
        for (var i = 0; i < Westfriesland.Length; i++)
        {
            var prefix = $"Hub:Gemeenten:{i.ToString(CultureInfo.InvariantCulture)}";
            settings[$"{prefix}:Code"] = Westfriesland[i].Code;
            settings[$"{prefix}:Naam"] = Westfriesland[i].Naam;
            settings[$"{prefix}:Regio"] = "Westfriesland";
        }

        if (batchSize is { } size)
        {
            settings["Hub:Sync:BatchSize"] = size.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var connector = new ScriptedConnector();
        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddHubData()
            .AddHubSync()
            .AddSingleton<IConnector>(connector);
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var host = new HubTestHost(folder, databasePath, services, connector);
        await SqliteTemplate.CopyToAsync(databasePath);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await services.GetRequiredService<GemeenteCatalogWriter>().WriteAsync(CancellationToken.None);
        return host;
    }

    /// <summary>Scripts the snapshot stream with the given documents and runs the connector.</summary>
    public Task<SyncRun> RunSnapshotAsync(params IEnumerable<SourceMessage>[] documents)
    {
        Connector.Script(ScriptedConnector.Snapshot, documents.SelectMany(d => d));
        return RunAsync();
    }

    public Task<SyncRun> RunAsync(CancellationToken cancellationToken = default) =>
        Engine.RunAsync(ScriptedConnector.ConnectorName, SyncTrigger.Manual, cancellationToken);

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
}

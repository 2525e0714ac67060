using System.Data.Common;
using System.Globalization;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Providers;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync;
using Inburgering.Hub.Sync.Configuration;
using Inburgering.Hub.Sync.Engine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Connectors.Testing;

/// <summary>
/// A hub wired as in production (<c>AddHubData</c> + <c>AddHubSync</c>) around one connector, on a
/// fresh SQLite file, with a test-only pseudonymisation key and the given gemeenten.
/// </summary>
public sealed class TestHub : IAsyncDisposable
{
    /// <summary>Test-only pseudonymisation key (40 bytes).</summary>
    public const string TestKey = "test-only-pseudonymisation-key-0123456789";

    private readonly IConfigurationRoot _configuration;
    private readonly ServiceProvider _services;
    private readonly string _connector;
    private HashSet<string> _settingKeys = new(StringComparer.OrdinalIgnoreCase);

    private TestHub(IConfigurationRoot configuration, ServiceProvider services, string connector, string databasePath)
    {
        _configuration = configuration;
        _services = services;
        _connector = connector;
        DatabasePath = databasePath;
    }

    /// <summary>The SQLite file.</summary>
    public string DatabasePath { get; }

    /// <summary>Connection string of the SQLite file (no pooling, so the file can be deleted).</summary>
    public string ConnectionString => $"Data Source={DatabasePath};Pooling=False";

    /// <summary>Starts a hub with its database in <paramref name="databasePath"/> and migrates it.</summary>
    public static async Task<TestHub> StartAsync(
        IConnector connector,
        ConnectorSettings settings,
        IReadOnlyList<FixtureGemeente> gemeenten,
        string databasePath,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(gemeenten);

        var values = new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "Sqlite",
            ["Hub:Database:ConnectionString"] = $"Data Source={databasePath};Pooling=False",
            ["Hub:Pseudonymisation:Key"] = TestKey,
            ["Hub:Sync:ArchivePath"] = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, "archive"),
        };
        for (var i = 0; i < gemeenten.Count; i++)
        {
            var prefix = $"Hub:Gemeenten:{i.ToString(CultureInfo.InvariantCulture)}";
            values[$"{prefix}:Code"] = gemeenten[i].Code;
            values[$"{prefix}:Naam"] = gemeenten[i].Naam;
            values[$"{prefix}:Regio"] = gemeenten[i].Regio;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddHubData()
            .AddHubSync()
            .AddSingleton(connector)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var hub = new TestHub(configuration, services, connector.Manifest.Name, databasePath);
        hub.UseSettings(settings);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        await services.GetRequiredService<GemeenteCatalogWriter>().WriteAsync(cancellationToken);
        return hub;
    }

    /// <summary>Points the connector at other settings (<c>Hub:Connectors:&lt;name&gt;:Settings:*</c>).</summary>
    public void UseSettings(ConnectorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var key in _settingKeys)
        {
            _configuration[SettingPath(key)] = null;
        }

        _settingKeys = new HashSet<string>(settings.Values.Keys, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in settings.Values)
        {
            _configuration[SettingPath(key)] = value;
        }
    }

    /// <summary>Runs every stream of the connector once, as a manual run.</summary>
    public Task<SyncRun> RunAsync(CancellationToken cancellationToken = default) =>
        _services.GetRequiredService<SyncEngine>().RunAsync(_connector, SyncTrigger.Manual, cancellationToken);

    /// <summary>Forgets the committed state of every stream, as if the connector had never run.</summary>
    public async Task ResetStateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = System();
        await db.ConnectorStates.Where(s => s.Connector == _connector).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>An unrestricted context on the hub's database.</summary>
    public HubDbContext System() => _services.GetRequiredService<HubDbContextFactory>().CreateSystem();

    /// <summary>The quarantine rows of the connector.</summary>
    public async Task<List<QuarantineRecord>> QuarantineAsync(CancellationToken cancellationToken = default)
    {
        await using var db = System();
        return await db.QuarantineRecords.AsNoTracking()
            .Where(q => q.Connector == _connector)
            .OrderBy(q => q.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The source ids of the connector's live (not withdrawn or deleted) canonical rows, per stream,
    /// over every table of sourced rows.
    /// </summary>
    public async Task<Dictionary<string, List<string>>> LiveSourceIdsAsync(CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var db = System();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        foreach (var entity in db.Model.GetEntityTypes().Where(t => typeof(SourcedRecord).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            var table = entity.GetTableName();
            string Column(string property) => entity.FindProperty(property)!.GetColumnName();
            await using var command = connection.CreateCommand();
            command.CommandText =
                $"SELECT \"{Column(nameof(SourcedRecord.SourceStream))}\", \"{Column(nameof(SourcedRecord.SourceId))}\" FROM \"{table}\" "
                + $"WHERE \"{Column(nameof(SourcedRecord.SourceConnector))}\" = $connector AND \"{Column(nameof(SourcedRecord.IsDeleted))}\" = 0";
            AddParameter(command, "$connector", _connector);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var stream = reader.GetString(0);
                if (!result.TryGetValue(stream, out var ids))
                {
                    result[stream] = ids = [];
                }

                ids.Add(reader.GetString(1));
            }
        }

        return result;
    }

    /// <summary>Every non-null cell of every table, as text: for scanning the store for BSNs.</summary>
    public async Task<List<(string Table, string Column, string Value)>> TextCellsAsync(CancellationToken cancellationToken = default)
    {
        var cells = new List<(string, string, string)>();
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);

        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            var columns = new List<string>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"PRAGMA table_info(\"{table}\")";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    columns.Add(reader.GetString(1));
                }
            }

            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"CAST(\"{c}\" AS TEXT)"))} FROM \"{table}\"";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    for (var i = 0; i < columns.Count; i++)
                    {
                        if (!await reader.IsDBNullAsync(i, cancellationToken))
                        {
                            cells.Add((table, columns[i], reader.GetString(i)));
                        }
                    }
                }
            }
        }

        return cells;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();

        // A checkpoint asked for by the last commit may still run on its own connection: done before the
        // caller deletes the folder (it would create the log files again while the folder is deleted).
        await SqliteBackgroundCheckpoint.For(ConnectionString).IdleAsync();
        SqliteConnection.ClearAllPools();
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private string SettingPath(string key) => $"Hub:Connectors:{_connector}:Settings:{key}";
}

using System.Globalization;
using Inburgering.Hub.Bench.Query.Dataset;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Coa;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.PostgreSql;
using Inburgering.Hub.Sync;
using Inburgering.Hub.Sync.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Inburgering.Hub.Bench;

/// <summary>
/// The hub wired as in production (AddHubData + AddHubSync + the COA connector) on a fresh database:
/// a new SQLite file, or a PostgreSQL database dropped and created again, migrated by the hub.
/// </summary>
internal static class HubServices
{
    /// <summary>Benchmark-only pseudonymisation key.</summary>
    public const string Key = "bench-only-pseudonymisation-key-0123456789";

    public static async Task<ServiceProvider> StartAsync(BenchDatabase database, string inbox)
    {
        if (database.Provider == BenchProvider.Sqlite)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database.Path + suffix);
            }
        }
        else
        {
            var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;
            var maintenance = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
            await using var connection = new NpgsqlConnection(maintenance);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE); CREATE DATABASE \"{name}\";";
            await command.ExecuteNonQueryAsync();
        }

        var settings = new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = database.HubProviderName,
            ["Hub:Database:ConnectionString"] = database.ConnectionString,
            ["Hub:Pseudonymisation:Key"] = Key,
            ["Hub:Connectors:coa:Settings:InboxPath"] = inbox,
            ["Hub:Connectors:coa:Settings:MoveProcessed"] = "false",
            ["Hub:Sync:ArchivePath"] = Path.Combine(inbox, "..", "archive-" + database.Label),
        };
        for (var i = 0; i < CoaFileGenerator.Gemeenten.Length; i++)
        {
            var prefix = $"Hub:Gemeenten:{i.ToString(CultureInfo.InvariantCulture)}";
            settings[$"{prefix}:Code"] = CoaFileGenerator.Gemeenten[i];
            settings[$"{prefix}:Naam"] = CoaFileGenerator.Gemeenten[i];
            settings[$"{prefix}:Regio"] = "Westfriesland";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddHubData()
            .AddHubPostgreSql()
            .AddHubSync()
            .AddSingleton<IConnector, CoaConnector>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await services.GetRequiredService<GemeenteCatalogWriter>().WriteAsync(CancellationToken.None);
        return services;
    }

    /// <summary>The settings in effect on a connection opened by the hub's own DbContext: SQLite's PRAGMAs, PostgreSQL's durability and memory settings.</summary>
    public static async Task<string> PragmasAsync(HubDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var sqlite = connection is SqliteConnection;
        var names = sqlite
            ? new[] { "journal_mode", "synchronous", "foreign_keys", "cache_size", "temp_store" }
            : ["fsync", "synchronous_commit", "shared_buffers", "jit"];
        var values = new List<string>();
        foreach (var name in names)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sqlite ? $"PRAGMA {name};" : $"SHOW {name};";
            values.Add($"{name}={Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)}");
        }

        return string.Join(' ', values);
    }
}

using System.Globalization;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Coa;
using Inburgering.Hub.Data;
using Inburgering.Hub.Sync;
using Inburgering.Hub.Sync.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Bench;

/// <summary>The hub wired as in production (AddHubData + AddHubSync + the COA connector) on one SQLite file.</summary>
internal static class HubServices
{
    /// <summary>Benchmark-only pseudonymisation key.</summary>
    public const string Key = "bench-only-pseudonymisation-key-0123456789";

    public static async Task<ServiceProvider> StartAsync(string databasePath, string inbox)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }

        var settings = new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "Sqlite",
            ["Hub:Database:ConnectionString"] = $"Data Source={databasePath}",
            ["Hub:Pseudonymisation:Key"] = Key,
            ["Hub:Connectors:coa:Settings:InboxPath"] = inbox,
            ["Hub:Connectors:coa:Settings:MoveProcessed"] = "false",
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
            .AddHubSync()
            .AddSingleton<IConnector, CoaConnector>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await services.GetRequiredService<GemeenteCatalogWriter>().WriteAsync(CancellationToken.None);
        return services;
    }

    /// <summary>The PRAGMAs in effect on a connection opened by the hub's own DbContext.</summary>
    public static async Task<string> PragmasAsync(HubDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var values = new List<string>();
        foreach (var pragma in new[] { "journal_mode", "synchronous", "foreign_keys", "cache_size", "temp_store" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {pragma};";
            values.Add($"{pragma}={Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)}");
        }

        return string.Join(' ', values);
    }
}

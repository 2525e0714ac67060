using System.Diagnostics;
using System.Globalization;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.PostgreSql;
using Inburgering.Hub.Sync;
using Inburgering.Hub.Sync.Journey;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Bench.Query.Dataset;

/// <summary>
/// Creates the hub database with the hub's own migrations (<see cref="DatabaseMigrator"/>) and
/// fills the canonical tables with <see cref="JourneyGenerator"/> through prepared inserts, ten
/// thousand persons per transaction.
/// </summary>
internal static class DatasetBuilder
{
    private const int PersonsPerTransaction = 10_000;

    /// <summary>A provider with the hub's store on <paramref name="database"/> (the caller disposes it).</summary>
    public static ServiceProvider Services(BenchDatabase database) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Hub:Database:Provider"] = database.HubProviderName,
                ["Hub:Database:ConnectionString"] = database.ConnectionString,
            }).Build())
            .AddHubData()
            .AddHubPostgreSql()
            .AddHubSync() // its post-migration step fills the journey projection of a database migrated to it
            .BuildServiceProvider();

    /// <summary>Migrates the store of <paramref name="database"/> (creates a SQLite file when missing).</summary>
    public static async Task MigrateAsync(BenchDatabase database)
    {
        await using var services = Services(database);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    public static async Task BuildAsync(string databasePath, int persons, string pseudonymisationKey)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        await MigrateAsync(BenchDatabase.Sqlite(databasePath));
        SqliteConnection.ClearAllPools(); // the migrator's pooled connection would block the journal mode change

        // A plain connection for the load, without rollback journal (a failed load is generated again:
        // the cache marker is written only after success); the hub's WAL mode is restored at the end.
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-1048576;");
        Execute(connection, Operational());

        var stopwatch = Stopwatch.StartNew();
        using var tables = new CanonicalTables(connection);
        var generator = new JourneyGenerator(tables, pseudonymisationKey);
        for (var first = 1; first <= persons; first += PersonsPerTransaction)
        {
            using var transaction = connection.BeginTransaction();
            tables.Use(transaction);
            if (first == 1)
            {
                generator.WriteTaakstellingen(persons);
            }

            var last = Math.Min(persons, first + PersonsPerTransaction - 1);
            for (var nummer = first; nummer <= last; nummer++)
            {
                generator.Write(nummer);
            }

            transaction.Commit();
            if (last % 20_000 == 0 || last == persons)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  generated {last:N0} persons, {tables.TotalRows:N0} rows, {tables.TotalRows / stopwatch.Elapsed.TotalSeconds:N0} rows/s"));
            }
        }

        Execute(connection, "PRAGMA foreign_keys=ON;");
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA foreign_key_check;";
        using (var reader = check.ExecuteReader())
        {
            if (reader.Read())
            {
                throw new InvalidOperationException($"Generated data violates a foreign key: table {reader.GetString(0)}, row {reader.GetValue(1)}.");
            }
        }

        Execute(connection, "PRAGMA journal_mode=WAL;");
        await connection.CloseAsync();

        // The rows were written beside the sync engine, so the journey projection it keeps is derived here,
        // as after the migration that adds it; then planner statistics, as the hub runs after large loads.
        stopwatch.Restart();
        await using var services = Services(BenchDatabase.Sqlite(databasePath));
        await using (var db = services.GetRequiredService<HubDbContextFactory>().CreateSystem())
        {
            var milestones = await JourneyProjection.RebuildAsync(db, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  journey projection: {milestones:N0} milestones in {stopwatch.Elapsed.TotalSeconds:F1} s"));
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        }
    }

    /// <summary>The gemeenten, the four partners' sync runs and the source files the rows name.</summary>
    internal static string Operational()
    {
        const string At = "2025-06-30 06:00:00+00:00";
        var gemeenten = string.Join(", ", new[]
        {
            ("GM0405", "Hoorn"), ("GM0388", "Enkhuizen"), ("GM0498", "Drechterland"), ("GM1598", "Koggenland"),
            ("GM0420", "Medemblik"), ("GM0432", "Opmeer"), ("GM0532", "Stede Broec"),
        }.Select(g => $"('{g.Item1}', '{g.Item2}', 'Westfriesland')"));
        return $"""
            INSERT INTO gemeenten (Code, Naam, Regio) VALUES {gemeenten};
            INSERT INTO sync_runs (Id, Connector, ConnectorVersion, "Trigger", Status, StartedAt, EndedAt, Read, Inserted, Updated, Unchanged, Deleted, Quarantined, Error) VALUES
              ({CanonicalTables.CoaRun}, 'coa', '1.0.0', 'Scheduled', 'Succeeded', '{At}', '{At}', 0, 0, 0, 0, 0, 0, NULL),
              ({CanonicalTables.DuoRun}, 'duo', '1.0.0', 'Scheduled', 'Succeeded', '{At}', '{At}', 0, 0, 0, 0, 0, 0, NULL),
              ({CanonicalTables.TaalaanbiederRun}, 'taalaanbieder', '1.0.0', 'Scheduled', 'Succeeded', '{At}', '{At}', 0, 0, 0, 0, 0, 0, NULL),
              ({CanonicalTables.WerkSaamRun}, 'werksaam', '1.0.0', 'Scheduled', 'Succeeded', '{At}', '{At}', 0, 0, 0, 0, 0, 0, NULL);
            INSERT INTO source_files (Id, Connector, Stream, Name, Sha256, Size, ReceivedAt, RunId, RetainUntil, ArchivePurgedAt) VALUES
              ({CanonicalTables.CoaFile}, 'coa', 'koppelingen', 'coa-koppelingen-20250630.csv', '{new string('a', 64)}', 0, '{At}', {CanonicalTables.CoaRun}, '2026-06-30 06:00:00+00:00', NULL),
              ({CanonicalTables.DuoFile}, 'duo', 'meldingen', 'duo-meldingen-20250630.xml', '{new string('b', 64)}', 0, '{At}', {CanonicalTables.DuoRun}, '2026-06-30 06:00:00+00:00', NULL),
              ({CanonicalTables.TaalaanbiederFile}, 'taalaanbieder', 'voortgang', 'taalaanbieders-voortgang-202506.csv', '{new string('c', 64)}', 0, '{At}', {CanonicalTables.TaalaanbiederRun}, '2026-06-30 06:00:00+00:00', NULL);
            """;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

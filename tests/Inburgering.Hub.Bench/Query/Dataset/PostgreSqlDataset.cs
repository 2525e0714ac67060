using System.Diagnostics;
using System.Globalization;
using Inburgering.Hub.Data;
using Inburgering.Hub.Sync.Journey;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Inburgering.Hub.Bench.Query.Dataset;

/// <summary>
/// The generated hub database on PostgreSQL, built directly (not copied from SQLite): a database
/// <c>hub_bench_{persons}</c> created by the hub's own PostgreSQL migrations, the same operational rows
/// and the same <see cref="JourneyGenerator"/> rows as the SQLite data set (same seed, same order: the
/// same persons and row counts), written with binary COPY, one stream per table; the secondary indexes
/// and foreign keys of the canonical tables are dropped for the load and created again after it. Then the
/// identity sequences are moved past the generated ids, the journey projection is derived and
/// <c>ANALYZE</c> runs, as the hub does after large loads. Cached: the table <c>bench_dataset</c> records
/// persons and generator version; a reused database is migrated again.
/// </summary>
internal static class PostgreSqlDataset
{
    private const string Marker = "bench_dataset";

    public static async Task<BenchDatabase> EnsureAsync(PostgresCluster server, int persons, string pseudonymisationKey)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"hub_bench_{persons}");
        var database = new BenchDatabase(BenchProvider.PostgreSql, server.For(name));
        if (await IsCurrentAsync(server, name, persons))
        {
            Console.WriteLine($"reusing the generated PostgreSQL database {name}");
            await DatasetBuilder.MigrateAsync(database);
            return database;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generating {persons:N0} persons into PostgreSQL database {name} (binary COPY; cached for later runs)"));
        var total = Stopwatch.StartNew();
        NpgsqlConnection.ClearAllPools(); // pooled connections to the old database die with it
        await ExecuteAsync(server.ConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE); CREATE DATABASE {name};");
        await DatasetBuilder.MigrateAsync(database);
        await ExecuteAsync(database.ConnectionString, PostgreSqlDialect.QuoteIdentifiers(DatasetBuilder.Operational()));

        var stopwatch = Stopwatch.StartNew();
        var (indexes, foreignKeys) = await DropAsync(database.ConnectionString);
        var writers = new List<CopyWriter>();
        using (var tables = new CanonicalTables((table, columns) =>
        {
            var writer = CopyWriter.Open(database.ConnectionString, table, columns);
            writers.Add(writer);
            return writer;
        }))
        {
            var generator = new JourneyGenerator(tables, pseudonymisationKey);
            generator.WriteTaakstellingen(persons);
            for (var nummer = 1; nummer <= persons; nummer++)
            {
                generator.Write(nummer);
                if (nummer % 20_000 == 0 || nummer == persons)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  generated {nummer:N0} persons, {tables.TotalRows:N0} rows, {tables.TotalRows / stopwatch.Elapsed.TotalSeconds:N0} rows/s"));
                }
            }

            foreach (var writer in writers)
            {
                writer.Complete();
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  copied in {stopwatch.Elapsed.TotalSeconds:F1} s"));
        stopwatch.Restart();
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var sql in indexes.Concat(foreignKeys))
            {
                await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
                await command.ExecuteNonQueryAsync();
            }

            await using var sequences = new NpgsqlCommand(
                """
                SELECT format('SELECT setval(%L, (SELECT COALESCE(MAX(%I), 0) + 1 FROM %I), false)', pg_get_serial_sequence(quote_ident(c.table_name), c.column_name), c.column_name, c.table_name)
                FROM information_schema.columns c
                WHERE c.table_schema = 'public' AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL
                """, connection);
            var statements = new List<string>();
            await using (var reader = await sequences.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    statements.Add(reader.GetString(0));
                }
            }

            foreach (var sql in statements)
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteScalarAsync();
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {indexes.Count} indexes and {foreignKeys.Count} foreign keys created again in {stopwatch.Elapsed.TotalSeconds:F1} s"));

        // The rows were written beside the sync engine, so the journey projection it keeps is derived here,
        // as after the migration that adds it; then planner statistics, as the hub runs after large loads.
        stopwatch.Restart();
        await using (var services = DatasetBuilder.Services(database))
        await using (var db = services.GetRequiredService<HubDbContextFactory>().CreateSystem())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            var milestones = await JourneyProjection.RebuildAsync(db, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  journey projection: {milestones:N0} milestones in {stopwatch.Elapsed.TotalSeconds:F1} s"));
        }

        stopwatch.Restart();
        await ExecuteAsync(database.ConnectionString, "VACUUM ANALYZE;");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  VACUUM ANALYZE in {stopwatch.Elapsed.TotalSeconds:F1} s"));
        await ExecuteAsync(
            database.ConnectionString,
            string.Create(CultureInfo.InvariantCulture, $"CREATE TABLE {Marker} (persons integer NOT NULL, version integer NOT NULL, generated timestamptz NOT NULL DEFAULT now()); INSERT INTO {Marker} (persons, version) VALUES ({persons}, {BenchDataset.GeneratorVersion});"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated in {total.Elapsed.TotalSeconds:F0} s"));
        return database;
    }

    private static async Task<bool> IsCurrentAsync(PostgresCluster server, string name, int persons)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", connection))
        {
            exists.Parameters.AddWithValue("n", name);
            if (await exists.ExecuteScalarAsync() is null)
            {
                return false;
            }
        }

        await using var database = new NpgsqlConnection(server.For(name));
        await database.OpenAsync();
        await using var marker = new NpgsqlCommand($"SELECT to_regclass('{Marker}') IS NOT NULL AND EXISTS (SELECT 1 FROM {Marker} WHERE persons = {persons} AND version = {BenchDataset.GeneratorVersion})", database);
        try
        {
            return await marker.ExecuteScalarAsync() is true;
        }
        catch (PostgresException)
        {
            return false; // the marker table is missing: the expression still names it
        }
    }

    /// <summary>Drops the non-unique secondary indexes and the foreign keys of the canonical tables; returns the statements that create them again.</summary>
    private static async Task<(List<string> Indexes, List<string> ForeignKeys)> DropAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var indexes = await ListAsync(
            connection,
            """
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i WHERE i.indrelid::regclass::text = ANY(@tables) AND NOT i.indisprimary AND NOT i.indisunique
            """);
        var foreignKeys = await ListAsync(
            connection,
            """
            SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname),
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
            FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY(@tables)
            """);
        foreach (var (drop, _) in foreignKeys)
        {
            await using var command = new NpgsqlCommand(drop, connection);
            await command.ExecuteNonQueryAsync();
        }

        foreach (var (index, _) in indexes)
        {
            await using var command = new NpgsqlCommand($"DROP INDEX {index}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ([.. indexes.Select(i => i.Second)], [.. foreignKeys.Select(f => f.Second)]);
    }

    private static async Task<List<(string First, string Second)>> ListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tables", BenchDataset.Tables);
        var rows = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}

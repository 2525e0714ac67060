using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Inburgering.Hub.Bench.Query.Dataset;

/// <summary>
/// The generated hub database of a given size, cached under the work folder: it is generated once
/// (<see cref="DatasetBuilder"/>) and reused by later runs while its marker says the same size and
/// generator version. A reused database is migrated again, so a migration added since (an index)
/// is applied as the hub would apply it at start.
/// </summary>
internal static class BenchDataset
{
    /// <summary>Bump when the generated data changes, so cached databases are regenerated.</summary>
    public const int GeneratorVersion = 2;

    public static readonly string[] Tables =
    [
        "inburgeraars", "koppelingen", "taakstellingen", "duo_meldingen", "inburgeringsplichten", "plicht_gemeenten",
        "examenonderdelen", "termijn_verlengingen", "boetes", "brede_intakes", "leerroute_deelnames", "voortgangsmetingen",
        "pvts", "uitkeringen", "ontzorgtrajecten", "map_trajecten", "participatieactiviteiten",
    ];

    /// <summary>Returns the SQLite database with <paramref name="persons"/> persons, generating it when needed.</summary>
    public static async Task<BenchDatabase> EnsureAsync(string work, int persons, string pseudonymisationKey)
    {
        var folder = Path.Combine(work, "query", persons.ToString(CultureInfo.InvariantCulture));
        var database = Path.Combine(folder, "hub.db");
        var marker = Path.Combine(folder, "dataset.json");
        var expected = new Marker(persons, GeneratorVersion);
        if (File.Exists(database) && File.Exists(marker)
            && JsonSerializer.Deserialize<Marker>(await File.ReadAllTextAsync(marker)) == expected)
        {
            Console.WriteLine($"reusing the generated database {database}");
            await DatasetBuilder.MigrateAsync(BenchDatabase.Sqlite(database));
            return BenchDatabase.Sqlite(database);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generating {persons:N0} persons into {database} (cached for later runs)"));
        Directory.CreateDirectory(folder);
        File.Delete(marker);
        var stopwatch = Stopwatch.StartNew();
        await DatasetBuilder.BuildAsync(database, persons, pseudonymisationKey);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated in {stopwatch.Elapsed.TotalSeconds:F0} s, {new FileInfo(database).Length / 1048576.0:N0} MiB"));
        await File.WriteAllTextAsync(marker, JsonSerializer.Serialize(expected));
        return BenchDatabase.Sqlite(database);
    }

    /// <summary>Row count per canonical table.</summary>
    public static IReadOnlyList<(string Table, long Rows)> Count(BenchDatabase database)
    {
        using var connection = Open(database);
        var counts = new List<(string, long)>();
        foreach (var table in Tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            counts.Add((table, Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture)));
        }

        return counts;
    }

    /// <summary>An open plain connection to <paramref name="database"/> (read only for SQLite).</summary>
    public static DbConnection Open(BenchDatabase database)
    {
        DbConnection connection = database.Provider == BenchProvider.Sqlite
            ? new SqliteConnection($"Data Source={database.Path};Mode=ReadOnly")
            : new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        return connection;
    }

    private sealed record Marker(int Persons, int Version);
}

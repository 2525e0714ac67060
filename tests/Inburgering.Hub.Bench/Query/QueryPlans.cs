using System.Globalization;
using Inburgering.Hub.Bench.Query.Dataset;
using Inburgering.Hub.Data.PostgreSql;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Inburgering.Hub.Bench.Query;

/// <summary>
/// Prints the time and query plan (<c>EXPLAIN QUERY PLAN</c> on SQLite, <c>EXPLAIN</c> on PostgreSQL) of captured hub
/// statements (for <c>--explain</c>). On PostgreSQL the plan is made with the hub's session settings
/// (<see cref="PostgreSqlDatabaseProvider.WithSessionDefaults"/>), so it is the plan the hub's statement ran with.
/// </summary>
internal static class QueryPlans
{
    public static void Print(BenchDatabase database, string title, IEnumerable<CapturedStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(database);
        var postgres = database.Provider == BenchProvider.PostgreSql;
        using var connection = postgres ? OpenAsHub(database) : BenchDataset.Open(database);
        Console.WriteLine($"== {title}");
        foreach (var statement in statements)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- {statement.Duration.TotalMilliseconds:F1} ms"));
            Console.WriteLine("-- parameters: " + string.Join(", ", statement.Parameters.Select(p => $"{p.Name}={p.Value switch { null => "NULL", bool b => b ? "1" : "0", var v => Convert.ToString(v, CultureInfo.InvariantCulture) }}")));
            Console.WriteLine(statement.Sql);
            using var explain = connection.CreateCommand();
            explain.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + statement.Sql;
            foreach (var (name, value) in statement.Parameters)
            {
                explain.Parameters.Add(postgres ? new NpgsqlParameter(name, value ?? DBNull.Value) : new SqliteParameter(name, value ?? DBNull.Value));
            }

            using var reader = explain.ExecuteReader();
            while (reader.Read())
            {
                Console.WriteLine("   plan: " + reader.GetString(postgres ? 0 : 3));
            }
        }
    }

    private static NpgsqlConnection OpenAsHub(BenchDatabase database)
    {
        var connection = new NpgsqlConnection(PostgreSqlDatabaseProvider.WithSessionDefaults(database.ConnectionString));
        connection.Open();
        return connection;
    }
}

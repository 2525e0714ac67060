using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Inburgering.Hub.Bench.Query;

/// <summary>Prints the time and <c>EXPLAIN QUERY PLAN</c> of captured hub statements (for <c>--explain</c>).</summary>
internal static class QueryPlans
{
    public static void Print(string databasePath, string title, IEnumerable<CapturedStatement> statements)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        connection.Open();
        Console.WriteLine($"== {title}");
        foreach (var statement in statements)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- {statement.Duration.TotalMilliseconds:F1} ms"));
            Console.WriteLine("-- parameters: " + string.Join(", ", statement.Parameters.Select(p => $"{p.Name}={p.Value switch { null => "NULL", bool b => b ? "1" : "0", var v => Convert.ToString(v, CultureInfo.InvariantCulture) }}")));
            Console.WriteLine(statement.Sql);
            using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + statement.Sql;
            foreach (var (name, value) in statement.Parameters)
            {
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            using var reader = explain.ExecuteReader();
            while (reader.Read())
            {
                Console.WriteLine("   plan: " + reader.GetString(3));
            }
        }
    }
}

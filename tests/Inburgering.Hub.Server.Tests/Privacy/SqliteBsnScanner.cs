using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Inburgering.Hub.Server.Tests.Privacy;

/// <summary>
/// Reads every cell of every table of a SQLite database as text — tables from <c>sqlite_master</c>,
/// columns from <c>pragma table_info</c>, nothing hard-coded — and reports each BSN
/// (<see cref="BsnFinder"/>) with its table, column and rowid.
/// </summary>
public static class SqliteBsnScanner
{
    /// <summary>What a scan found, and how much it read (so a test can see that it read anything at all).</summary>
    public sealed record Result(IReadOnlyList<BsnHit> Hits, IReadOnlyDictionary<string, long> CellsPerTable);

    public static async Task<Result> ScanAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);

        var hits = new List<BsnHit>();
        var cells = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (table, withoutRowId) in await TablesAsync(connection, cancellationToken))
        {
            var columns = await ColumnsAsync(connection, table, cancellationToken);
            cells[table] = 0;
            await using var command = connection.CreateCommand();
            var row = withoutRowId ? "NULL" : "rowid";
            command.CommandText = $"SELECT {row}, {string.Join(", ", columns.Select(c => $"CAST({Quote(c)} AS TEXT)"))} FROM {Quote(table)}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            long number = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                number++;
                long? rowId = reader.IsDBNull(0) ? number : reader.GetInt64(0);
                for (var i = 0; i < columns.Count; i++)
                {
                    if (reader.IsDBNull(i + 1))
                    {
                        continue;
                    }

                    cells[table]++;
                    foreach (var excerpt in BsnFinder.Find(reader.GetString(i + 1)))
                    {
                        hits.Add(new BsnHit(table, columns[i], rowId, excerpt));
                    }
                }
            }
        }

        return new Result(hits, cells);
    }

    private static async Task<List<(string Name, bool WithoutRowId)>> TablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var tables = new List<(string, bool)>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var sql = reader.IsDBNull(1) ? "" : reader.GetString(1);
            tables.Add((reader.GetString(0), sql.Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase)));
        }

        return tables;
    }

    private static async Task<List<string>> ColumnsAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        var columns = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info({Literal(table)})";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>For messages: the hits, one per line.</summary>
    public static string Describe(IEnumerable<BsnHit> hits) =>
        string.Join(Environment.NewLine, hits.Select(h => h.ToString()));

    /// <summary>For messages: cells read per table.</summary>
    public static string Describe(IReadOnlyDictionary<string, long> cells) =>
        string.Join(", ", cells.Select(c => c.Key + " " + c.Value.ToString(CultureInfo.InvariantCulture)));
}

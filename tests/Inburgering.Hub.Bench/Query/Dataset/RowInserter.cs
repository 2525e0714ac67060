using Microsoft.Data.Sqlite;

namespace Inburgering.Hub.Bench.Query.Dataset;

/// <summary>One prepared <c>INSERT</c> into one table; values are bound by position.</summary>
internal sealed class RowInserter : IRowWriter
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public RowInserter(SqliteConnection connection, string table, IReadOnlyList<string> columns)
    {
        Table = table;
        _command = connection.CreateCommand();
        _command.CommandText =
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        _parameters = [.. columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i }))];
    }

    public string Table { get; }

    public long Rows { get; private set; }

    /// <summary>Binds the command to <paramref name="transaction"/> and prepares it.</summary>
    public void Use(SqliteTransaction transaction)
    {
        _command.Transaction = transaction;
        _command.Prepare();
    }

    public void Insert(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        _command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => _command.Dispose();
}

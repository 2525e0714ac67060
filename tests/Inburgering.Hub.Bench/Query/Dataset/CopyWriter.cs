using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Inburgering.Hub.Bench.Query.Dataset;

/// <summary>
/// Writes rows of one table with PostgreSQL's binary COPY on a connection of its own (so every table's
/// COPY streams at once while the generator runs). Values are converted to the column's type as the
/// database declares it (<c>information_schema.columns</c>): the generator gives the values SQLite takes.
/// </summary>
internal sealed class CopyWriter : IRowWriter
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlBinaryImporter _importer;
    private readonly string[] _types;

    private CopyWriter(NpgsqlConnection connection, NpgsqlBinaryImporter importer, string table, string[] types)
    {
        _connection = connection;
        _importer = importer;
        _types = types;
        Table = table;
    }

    public string Table { get; }

    public long Rows { get; private set; }

    public static CopyWriter Open(string connectionString, string table, IReadOnlyList<string> columns)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = new NpgsqlCommand("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @t", connection))
        {
            command.Parameters.AddWithValue("t", table);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                declared[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var types = columns.Select(c => declared.TryGetValue(c, out var type) ? type : throw new InvalidOperationException($"{table} has no column {c}.")).ToArray();
        var importer = connection.BeginBinaryImport($"COPY {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        return new CopyWriter(connection, importer, table, types);
    }

    public void Insert(ReadOnlySpan<object?> values)
    {
        _importer.StartRow();
        for (var i = 0; i < _types.Length; i++)
        {
            var value = values[i];
            if (value is null)
            {
                _importer.WriteNull();
                continue;
            }

            switch (_types[i])
            {
                case "bigint":
                    _importer.Write(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint);
                    break;
                case "integer":
                    _importer.Write(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer);
                    break;
                case "smallint":
                    _importer.Write(Convert.ToInt16(value, CultureInfo.InvariantCulture), NpgsqlDbType.Smallint);
                    break;
                case "text" or "character varying":
                    _importer.Write(value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text);
                    break;
                case "boolean":
                    _importer.Write(value is bool b ? b : Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0, NpgsqlDbType.Boolean);
                    break;
                case "date":
                    _importer.Write(value is DateOnly d ? d : DateOnly.Parse((string)value, CultureInfo.InvariantCulture), NpgsqlDbType.Date);
                    break;
                case "double precision":
                    _importer.Write(Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double);
                    break;
                case "numeric":
                    _importer.Write(Convert.ToDecimal(value, CultureInfo.InvariantCulture), NpgsqlDbType.Numeric);
                    break;
                default:
                    throw new InvalidOperationException($"{Table}: no conversion to {_types[i]} for {value.GetType().Name}.");
            }
        }

        Rows++;
    }

    /// <summary>Ends the COPY (the rows become visible) and closes the connection.</summary>
    public void Complete()
    {
        _importer.Complete();
        Dispose();
    }

    public void Dispose()
    {
        _importer.Dispose();
        _connection.Dispose();
    }
}

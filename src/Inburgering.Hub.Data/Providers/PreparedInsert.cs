using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Inburgering.Hub.Data.Providers;

/// <summary>
/// Inserts rows with one prepared single-row INSERT, executed per row, on the context's connection and
/// transaction. For an embedded engine (SQLite) this is the fastest way in: no round trips, and the
/// statement is compiled once instead of once per multi-row batch. Columns, value converters and
/// parameter types come from the EF model; store-generated keys are left to the database.
/// </summary>
internal static class PreparedInsert<T>
    where T : class
{
    private static Plan? _plan;

    public static async Task InsertAsync(DbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        var plan = _plan is { } cached && ReferenceEquals(cached.Model, db.Model) ? cached : _plan = Plan.Build(db.Model);
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = plan.Sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var parameters = new DbParameter[plan.Columns.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var column = plan.Columns[i];
            parameters[i] = column.Mapping.CreateParameter(command, "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, column.Property.IsNullable);
            command.Parameters.Add(parameters[i]);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await command.PrepareAsync(cancellationToken);
            foreach (var row in rows)
            {
                for (var i = 0; i < parameters.Length; i++)
                {
                    var column = plan.Columns[i];
                    var value = column.Getter.GetClrValueUsingContainingEntity(row);
                    if (value is not null && column.Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    parameters[i].Value = value ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Column(IProperty Property, IClrPropertyGetter Getter, ValueConverter? Converter, RelationalTypeMapping Mapping);

    private sealed record Plan(IModel Model, string Sql, Column[] Columns)
    {
        public static Plan Build(IModel model)
        {
            var entityType = model.FindEntityType(typeof(T))
                ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of the model.");
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var columns = entityType.GetProperties()
                .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never))
                .Select(p =>
                {
                    var mapping = (RelationalTypeMapping)p.GetTypeMapping();
                    return new Column(p, p.GetGetter(), mapping.Converter, mapping);
                })
                .ToArray();
            var names = string.Join(", ", columns.Select(c => Quote(c.Property.GetColumnName(table)!)));
            var values = string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var name = table.Schema is null ? Quote(table.Name) : Quote(table.Schema) + "." + Quote(table.Name);
            return new Plan(model, $"INSERT INTO {name} ({names}) VALUES ({values})", columns);
        }

        private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}

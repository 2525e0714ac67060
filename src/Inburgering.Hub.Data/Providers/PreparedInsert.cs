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
/// parameter types come from the EF model; store-generated keys are left to the database, and with
/// <c>returnKeys</c> read back with <c>RETURNING</c> and set on each row.
/// </summary>
internal static class PreparedInsert<T>
    where T : class
{
    private static Plan? _plan;

    public static async Task InsertAsync(DbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken, bool returnKeys = false)
    {
        var plan = _plan is { } cached && ReferenceEquals(cached.Model, db.Model) ? cached : _plan = Plan.Build(db.Model);
        if (returnKeys && plan.Key is null)
        {
            throw new InvalidOperationException($"{typeof(T).Name} has no single store-generated key to return.");
        }

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = returnKeys ? plan.Sql + " RETURNING " + plan.Key!.Column : plan.Sql;
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

                if (returnKeys)
                {
                    plan.Key!.Set(row, await command.ExecuteScalarAsync(cancellationToken));
                }
                else
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Column(IProperty Property, IClrPropertyGetter Getter, ValueConverter? Converter, RelationalTypeMapping Mapping);

    /// <summary>The store-generated key: its quoted column and how to set a returned value on a row.</summary>
    private sealed record GeneratedKey(string Column, Action<T, object?> Set);

    private sealed record Plan(IModel Model, string Sql, Column[] Columns, GeneratedKey? Key)
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
            return new Plan(model, $"INSERT INTO {name} ({names}) VALUES ({values})", columns, FindKey(entityType, table));
        }

        private static GeneratedKey? FindKey(IEntityType entityType, StoreObjectIdentifier table)
        {
            if (entityType.FindPrimaryKey()?.Properties is not [var key] || key.ValueGenerated == ValueGenerated.Never || key.PropertyInfo is not { } info)
            {
                return null;
            }

            var type = Nullable.GetUnderlyingType(info.PropertyType) ?? info.PropertyType;
            return new GeneratedKey(
                Quote(key.GetColumnName(table)!),
                (row, value) => info.SetValue(row, Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture)));
        }

        private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}

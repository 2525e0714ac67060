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
        if (connection is Microsoft.Data.Sqlite.SqliteConnection sqlite && plan.Native)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                NativeSqlite(sqlite, plan, rows, returnKeys, cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            return;
        }

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

    /// <summary>
    /// SQLite without Microsoft.Data.Sqlite's per-execution work (a data reader per row, parameters bound by
    /// name, <c>RETURNING</c> read as a result set): the statement is prepared once on the connection's handle,
    /// each row's values are bound by position and stepped, and a generated key is the connection's
    /// <c>sqlite3_last_insert_rowid</c> (the key column is the rowid). Values are bound as Microsoft.Data.Sqlite
    /// binds them (integers and booleans as INTEGER, floating point as REAL, text, <see cref="DateOnly"/> as
    /// <c>yyyy-MM-dd</c> text); a busy or locked database is retried as Microsoft.Data.Sqlite does, up to its
    /// default command timeout.
    /// </summary>
    private static void NativeSqlite(Microsoft.Data.Sqlite.SqliteConnection connection, Plan plan, IReadOnlyCollection<T> rows, bool returnKeys, CancellationToken cancellationToken)
    {
        var handle = connection.Handle!;
        var rc = SQLitePCL.raw.sqlite3_prepare_v2(handle, plan.Sql, out var statement);
        if (rc != SQLitePCL.raw.SQLITE_OK)
        {
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(rc, handle);
        }

        using (statement)
        {
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < plan.Columns.Length; i++)
                {
                    var column = plan.Columns[i];
                    var value = column.Getter.GetClrValueUsingContainingEntity(row);
                    if (value is not null && column.Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    rc = value switch
                    {
                        null => SQLitePCL.raw.sqlite3_bind_null(statement, i + 1),
                        string text => SQLitePCL.raw.sqlite3_bind_text(statement, i + 1, text),
                        long number => SQLitePCL.raw.sqlite3_bind_int64(statement, i + 1, number),
                        int number => SQLitePCL.raw.sqlite3_bind_int64(statement, i + 1, number),
                        short number => SQLitePCL.raw.sqlite3_bind_int64(statement, i + 1, number),
                        byte number => SQLitePCL.raw.sqlite3_bind_int64(statement, i + 1, number),
                        bool flag => SQLitePCL.raw.sqlite3_bind_int64(statement, i + 1, flag ? 1 : 0),
                        double real => SQLitePCL.raw.sqlite3_bind_double(statement, i + 1, real),
                        float real => SQLitePCL.raw.sqlite3_bind_double(statement, i + 1, real),
                        DateOnly date => SQLitePCL.raw.sqlite3_bind_text(statement, i + 1, date.ToString("yyyy\\-MM\\-dd", System.Globalization.CultureInfo.InvariantCulture)),
                        _ => throw new InvalidOperationException($"{typeof(T).Name}.{column.Property.Name}: no native binding for {value.GetType().Name}."),
                    };
                    if (rc != SQLitePCL.raw.SQLITE_OK)
                    {
                        Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(rc, handle);
                    }
                }

                Step(handle, statement, cancellationToken);
                if (returnKeys)
                {
                    plan.Key!.Set(row, SQLitePCL.raw.sqlite3_last_insert_rowid(handle));
                }

                SQLitePCL.raw.sqlite3_reset(statement);
            }
        }
    }

    private static void Step(SQLitePCL.sqlite3 handle, SQLitePCL.sqlite3_stmt statement, CancellationToken cancellationToken)
    {
        var timer = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var rc = SQLitePCL.raw.sqlite3_step(statement);
            if (rc == SQLitePCL.raw.SQLITE_DONE)
            {
                return;
            }

            SQLitePCL.raw.sqlite3_reset(statement);
            if ((rc == SQLitePCL.raw.SQLITE_BUSY || rc == SQLitePCL.raw.SQLITE_LOCKED) && timer.Elapsed < BusyTimeout)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Thread.Sleep(1);
                continue;
            }

            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(rc, handle);
        }
    }

    /// <summary>How long a busy database is retried (Microsoft.Data.Sqlite's default command timeout).</summary>
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private sealed record Column(IProperty Property, IClrPropertyGetter Getter, ValueConverter? Converter, RelationalTypeMapping Mapping);

    /// <summary>The store-generated key: its quoted column and how to set a returned value on a row.</summary>
    private sealed record GeneratedKey(string Column, Action<T, object?> Set);

    /// <summary>The INSERT of <typeparamref name="T"/>; <c>Native</c>: every column's stored type has a native SQLite binding (<see cref="NativeSqlite"/>).</summary>
    private sealed record Plan(IModel Model, string Sql, Column[] Columns, GeneratedKey? Key, bool Native)
    {
        private static readonly HashSet<Type> NativeTypes =
            [typeof(string), typeof(long), typeof(int), typeof(short), typeof(byte), typeof(bool), typeof(double), typeof(float), typeof(DateOnly)];

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
            var native = columns.All(c =>
                NativeTypes.Contains(Nullable.GetUnderlyingType(c.Converter?.ProviderClrType ?? c.Property.ClrType) ?? c.Converter?.ProviderClrType ?? c.Property.ClrType));
            return new Plan(model, $"INSERT INTO {name} ({names}) VALUES ({values})", columns, FindKey(entityType, table), native);
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

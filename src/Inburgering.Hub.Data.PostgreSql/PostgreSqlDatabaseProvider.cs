using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Inburgering.Hub.Data.Providers;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

using Npgsql;

namespace Inburgering.Hub.Data.PostgreSql;

/// <summary>
/// PostgreSQL (Npgsql): the store for scale and for several hub nodes sharing one database. Its
/// migrations live in this assembly; the model differences from SQLite are in
/// <see cref="PostgreSqlModelCustomizer"/>.
/// </summary>
public sealed class PostgreSqlDatabaseProvider : IDatabaseProvider
{
    /// <summary>The value of <c>Hub:Database:Provider</c> that selects this provider.</summary>
    public const string ProviderName = "PostgreSql";

    private static readonly BulkCopyOptions BulkCopy = new() { BulkCopyType = BulkCopyType.ProviderSpecific };

    private static readonly BulkCopyOptions BulkCopyWithKeys = new() { BulkCopyType = BulkCopyType.ProviderSpecific, KeepIdentity = true };

    /// <summary>The sequence behind each table's generated key (<c>pg_get_serial_sequence</c>), by table.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _sequences = new(StringComparer.Ordinal);

    static PostgreSqlDatabaseProvider() => LinqToDBForEFTools.Initialize();

    public string Name => ProviderName;

    /// <summary>
    /// Configures EF Core on <see cref="WithSessionDefaults"/> of <paramref name="connectionString"/>
    /// (the hub's sessions run with JIT off and SSD page costs unless the connection string sets them).
    /// </summary>
    public void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseNpgsql(WithSessionDefaults(connectionString), o => o.MigrationsAssembly(typeof(PostgreSqlDatabaseProvider).Assembly.FullName))
            .ReplaceService<IModelCustomizer, PostgreSqlModelCustomizer>();
    }

    /// <summary>
    /// <paramref name="connectionString"/> with the hub's session settings added to its <c>Options</c>
    /// (sent as start-up parameters of every connection): <c>-c jit=off</c>, unless the operator set
    /// <c>jit</c> there already (e.g. <c>Options=-c jit=on</c> in <c>Hub:Database:ConnectionString</c>).
    /// PostgreSQL compiles a statement with LLVM when its estimated cost passes <c>jit_above_cost</c>
    /// (100,000 by default); the report's and the statistics' statements over a region pass it, and the
    /// compilation then costs seconds that the execution never wins back (measured by the bench: 2.7 s of
    /// a 3.7 s statement at 200,000 persons). And <c>-c random_page_cost=1.1</c> unless set there: the
    /// hub's tables and indexes are read from memory or SSD, where a page read out of order costs about as
    /// much as one in order; with PostgreSQL's default of 4 (spinning disks) the planner would rather scan
    /// every person of a gemeente than look up a filtered page's few thousand matches by primary key (the
    /// bench's page: 20 ms against 9 ms at 200,000 persons). Other options in the string are kept.
    /// </summary>
    /// <exception cref="ArgumentException">The connection string cannot be parsed.</exception>
    public static string WithSessionDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var options = builder.Options ?? "";
        if (!Sets(options, "jit"))
        {
            options = (options + " -c jit=off").Trim();
        }

        if (!Sets(options, "random_page_cost"))
        {
            options = (options + " -c random_page_cost=1.1").Trim();
        }

        builder.Options = options;

        return builder.ConnectionString;
    }

    /// <summary>
    /// Whether the start-up <paramref name="options"/> set the setting <paramref name="name"/> itself
    /// (<c>-c name=value</c>, <c>-cname=value</c> or <c>--name=value</c>, dashes read as underscores as
    /// PostgreSQL does); another setting that only begins with the name (<c>jit_above_cost</c>) does not count.
    /// </summary>
    private static bool Sets(string options, string name)
    {
        var tokens = options.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var setting = token == "-c" && i + 1 < tokens.Length ? tokens[++i]
                : token.StartsWith("--", StringComparison.Ordinal) ? token[2..]
                : token.StartsWith("-c", StringComparison.Ordinal) ? token[2..]
                : null;
            if (setting is null)
            {
                continue;
            }

            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            var key = (equals < 0 ? setting : setting[..equals]).Replace('-', '_');
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nothing to prepare: the database is created by its administrator (or by the migrations' owner).</summary>
    public void Prepare(string connectionString)
    {
    }

    /// <summary>
    /// A session-level advisory lock (<c>pg_try_advisory_lock</c>) on a connection of its own, kept
    /// open while the lock is held: the server releases it when that session ends, so a node that
    /// crashes never leaves it taken. The key is a stable 64-bit hash of <paramref name="name"/> in a
    /// namespace of the hub's own.
    /// </summary>
    public async Task<IAsyncDisposable?> TryAcquireLockAsync(string connectionString, string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var key = LockKey(name);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (await ExecuteAsync(connection, "SELECT pg_try_advisory_lock(@key)", key, cancellationToken))
            {
                return new AdvisoryLock(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>The advisory-lock key of <paramref name="name"/>.</summary>
    internal static long LockKey(string name) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("inburgering-hub:" + name.ToUpperInvariant())));

    private static async Task<bool> ExecuteAsync(NpgsqlConnection connection, string sql, long key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", key);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <inheritdoc/>
    public bool ConcurrentWriters => true;

    /// <summary>
    /// linq2db BulkCopy as PostgreSQL's binary <c>COPY … FROM STDIN</c> (Npgsql's binary importer; one
    /// statement for all rows instead of multi-row INSERTs) on the context's own connection and inside its
    /// transaction, with the EF model's mapping (value converters included).
    /// </summary>
    public async Task BulkInsertAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count > 0)
        {
            await db.BulkCopyAsync(BulkCopy, rows, cancellationToken);
        }
    }

    /// <summary>
    /// Reserves the rows' keys first, one <c>nextval</c> per row of the key's sequence in one statement
    /// (<c>SELECT nextval(…) FROM generate_series(1, n)</c>), sets them on the rows and then inserts the rows
    /// with their keys by the same binary COPY as <see cref="BulkInsertAsync{T}"/>: two round trips, and no
    /// reliance on the order of a multi-row insert's <c>RETURNING</c>. A reserved value is never handed out
    /// again (a rolled-back batch leaves a gap in the sequence, as any rolled-back insert does).
    /// </summary>
    /// <exception cref="InvalidOperationException"><typeparamref name="T"/> has no single store-generated key.</exception>
    public async Task<bool> BulkInsertWithKeysAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return true;
        }

        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of the model.");
        if (entityType.FindPrimaryKey()?.Properties is not [var key] || key.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never
            || key.PropertyInfo is not { } property || (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) != typeof(long))
        {
            throw new InvalidOperationException($"{typeof(T).Name} has no single store-generated bigint key to reserve.");
        }

        var table = entityType.GetTableName()!;
        var schema = entityType.GetSchema();
        var column = key.GetColumnName(Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, schema))!;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            NpgsqlTransaction? transaction = null; // Npgsql runs every command in the connection's open transaction (the context's)
            var qualified = (schema is null ? "" : Quote(schema) + ".") + Quote(table);
            if (!_sequences.TryGetValue(qualified, out var sequence))
            {
                await using var find = new NpgsqlCommand("SELECT pg_get_serial_sequence(@table, @column)", connection, transaction);
                find.Parameters.AddWithValue("table", qualified);
                find.Parameters.AddWithValue("column", column);
                sequence = await find.ExecuteScalarAsync(cancellationToken) as string
                    ?? throw new InvalidOperationException($"{qualified}.{column} has no sequence to reserve keys from.");
                _sequences[qualified] = sequence;
            }

            await using (var reserve = new NpgsqlCommand("SELECT nextval(@sequence::regclass) FROM generate_series(1, @count)", connection, transaction))
            {
                reserve.Parameters.AddWithValue("sequence", sequence);
                reserve.Parameters.AddWithValue("count", rows.Count);
                await using var reader = await reserve.ExecuteReaderAsync(cancellationToken);
                foreach (var row in rows)
                {
                    if (!await reader.ReadAsync(cancellationToken))
                    {
                        throw new InvalidOperationException($"The sequence {sequence} returned fewer keys than the {rows.Count} rows.");
                    }

                    property.SetValue(row, reader.GetInt64(0));
                }
            }

            await db.BulkCopyAsync(BulkCopyWithKeys, rows, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return true;
    }

    /// <summary>
    /// <c>ANALYZE</c>. During a load in a transaction of its own with <c>SET LOCAL default_statistics_target = 10</c>
    /// (3,000 rows sampled a table instead of 30,000): the row counts and distinct values the batches' look-ups
    /// are planned on. Planned on the statistics of the empty tables, PostgreSQL filters every row of a stream
    /// for a batch's source ids instead of probing the unique index (bench: 52 ms a batch and growing, against 8 ms).
    /// </summary>
    public async Task AnalyzeAsync(DbContext db, bool duringLoad, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!duringLoad)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
            return;
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL default_statistics_target = 10; ANALYZE;", cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>PostgreSQL: Quartz's clustered store lives in the hub's database (its own tables).</summary>
    public SharedJobStoreDialect? SharedJobStore => SharedJobStoreDialect.PostgreSql;

    private sealed class AdvisoryLock(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await ExecuteAsync(connection, "SELECT pg_advisory_unlock(@key)", key, CancellationToken.None);
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                // The connection is broken: the session, and the lock with it, are gone (a pooled
                // connection is reset before it is used again).
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}

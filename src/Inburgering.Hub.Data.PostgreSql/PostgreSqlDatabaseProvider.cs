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
        if (!options.Contains("jit", StringComparison.OrdinalIgnoreCase))
        {
            options = (options + " -c jit=off").Trim();
        }

        if (!options.Contains("random_page_cost", StringComparison.OrdinalIgnoreCase))
        {
            options = (options + " -c random_page_cost=1.1").Trim();
        }

        builder.Options = options;

        return builder.ConnectionString;
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

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Data.Providers;

/// <summary>Embedded SQLite: the default, zero-install store.</summary>
public sealed class SqliteDatabaseProvider : IDatabaseProvider
{
    private readonly SqlitePragmaInterceptor _pragmas = new();

    public string Name => "Sqlite";

    public void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteDatabaseProvider).Assembly.FullName))
            .AddInterceptors(_pragmas);
    }

    public void Prepare(string connectionString)
    {
        var folder = DatabaseFile(connectionString) is { } file ? Path.GetDirectoryName(file) : null;
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>
    /// An exclusive lock on the file <c>{database}.{name}.lock</c> beside the database: the operating
    /// system releases it when the holding process ends, however it ends. An in-memory database is
    /// private to its process, where every lock is granted (the caller keeps its own in-process guard).
    /// </summary>
    public Task<IAsyncDisposable?> TryAcquireLockAsync(string connectionString, string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (DatabaseFile(connectionString) is not { } file)
        {
            return Task.FromResult<IAsyncDisposable?>(NoLock.Instance);
        }

        var path = $"{file}.{string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'))}.lock";
        try
        {
            return Task.FromResult<IAsyncDisposable?>(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1));
        }
        catch (IOException) when (File.Exists(path))
        {
            return Task.FromResult<IAsyncDisposable?>(null);
        }
    }

    /// <summary>
    /// One prepared single-row INSERT executed per row (<see cref="PreparedInsert{T}"/>): for an embedded
    /// engine the fastest way in, with no round trips and the statement compiled once.
    /// </summary>
    public Task BulkInsertAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class =>
        rows.Count == 0 ? Task.CompletedTask : PreparedInsert<T>.InsertAsync(db, rows, cancellationToken);

    /// <summary>
    /// The same prepared single-row INSERT with <c>RETURNING</c> the key (SQLite 3.35+), which is set on each row.
    /// </summary>
    public async Task<bool> BulkInsertWithKeysAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count > 0)
        {
            await PreparedInsert<T>.InsertAsync(db, rows, cancellationToken, returnKeys: true);
        }

        return true;
    }

    /// <summary>
    /// The batch's connection checkpoints the write-ahead log itself only when it passes
    /// <see cref="BulkWriteCheckpointPages"/> (64 MiB) instead of SQLite's 1,000 pages (4 MiB), and otherwise
    /// leaves it to <see cref="SqliteBackgroundCheckpoint"/>; the pragma interceptor sets it back to 1,000 on
    /// the connection's next open. A large load dirties the same index pages batch after batch (random
    /// pseudonyms in two unique indexes); a checkpoint copies each page once however many times the log holds
    /// it, so fewer, larger checkpoints write less. Measured by the bench (1,000,000 COA rows, 2-core VM):
    /// 125 s with SQLite's default, 107 s with the larger log, 95 s with the checkpoints in the background as
    /// well. The log file stays bounded by this size plus a batch. A page whose last version is in the log is
    /// read into the page cache instead of through <c>mmap_size</c>, so with the larger log the connection's
    /// page cache fills; the batch's connection keeps it at 16 MiB (<c>cache_size</c>) instead of the hub's
    /// 32 MiB (bench, 1,000,000 rows: 96–107 s, private memory 204–227 MiB, against 226–313 MiB with 32 MiB).
    /// The interceptor restores both on the connection's next open.
    /// </summary>
    public async Task BeginBulkWriteAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(BulkWritePragma, cancellationToken);
    }

    /// <summary>
    /// After a load, <c>ANALYZE</c> sampling with <c>analysis_limit</c>, then <c>PRAGMA optimize</c>. During a load
    /// nothing: without statistics SQLite's planner assumes large tables and looks rows up by index, and
    /// statistics rewritten by one connection are not read again by the pooled ones already open.
    /// </summary>
    public Task AnalyzeAsync(DbContext db, bool duringLoad, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return duringLoad
            ? Task.CompletedTask
            : db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; ANALYZE; PRAGMA optimize;", cancellationToken);
    }

    /// <summary>Asks <see cref="SqliteBackgroundCheckpoint"/> to checkpoint the database's write-ahead log.</summary>
    public void BulkWriteCommitted(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (DatabaseFile(db.Database.GetDbConnection().ConnectionString) is not null)
        {
            SqliteBackgroundCheckpoint.For(db.Database.GetDbConnection().ConnectionString).Request();
        }
    }

    /// <summary>The <c>wal_autocheckpoint</c> of a bulk write's connection: 64 MiB of pages.</summary>
    public const int BulkWriteCheckpointPages = 16_384;

    private const string BulkWritePragma = "PRAGMA wal_autocheckpoint=16384; PRAGMA cache_size=-16384;";

    /// <summary>None: a SQLite file is one node's.</summary>
    public SharedJobStoreDialect? SharedJobStore => null;

    /// <summary>The full path of the database file, or null for an in-memory or URI database.</summary>
    public static string? DatabaseFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        return string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || dataSource.StartsWith("file:", StringComparison.Ordinal)
            ? null
            : Path.GetFullPath(dataSource);
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

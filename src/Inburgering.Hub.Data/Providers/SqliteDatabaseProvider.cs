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

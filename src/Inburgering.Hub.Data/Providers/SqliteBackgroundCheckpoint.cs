using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Inburgering.Hub.Data.Providers;

/// <summary>
/// Checkpoints a SQLite database's write-ahead log on a connection and thread of its own, so a bulk
/// writer (the sync engine) does not wait for it. By default the connection whose commit takes the log past
/// its autocheckpoint size checkpoints it inside that commit: it copies the log into the database file and,
/// with <c>synchronous=NORMAL</c>, waits for two <c>fsync</c>s (the bench's profile of 300,000 COA rows: a
/// quarter of the write thread's time off the CPU, blocked in <c>fsync</c>). Here the writer, after its
/// commit, calls <see cref="Request"/>; one <c>PRAGMA wal_checkpoint(PASSIVE)</c> at a time runs in the
/// background, beside the next batch (WAL mode lets a checkpoint run beside one writer and any readers). A
/// request made while a checkpoint runs is served by one more checkpoint after it. Durability is unchanged:
/// a commit is in the log before it returns, checkpointed or not. While the writer keeps writing, the log is
/// not reset (a reset needs a moment with everything copied and no transaction open), so the writer's own
/// checkpoint at <see cref="SqliteDatabaseProvider.BulkWriteCheckpointPages"/> bounds it; that checkpoint
/// finds most of the log copied already. A failed checkpoint (busy) is left to the next request.
/// </summary>
public sealed class SqliteBackgroundCheckpoint
{
    private static readonly ConcurrentDictionary<string, SqliteBackgroundCheckpoint> ByDatabase = new(StringComparer.Ordinal);

    private readonly string _connectionString;
    private readonly object _gate = new();
    private bool _running;
    private bool _requested;
    private Task _current = Task.CompletedTask;

    /// <param name="connectionString">The database's; opened without creating it (a database removed meanwhile is not made again).</param>
    private SqliteBackgroundCheckpoint(string connectionString) =>
        _connectionString = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite }.ToString();

    /// <summary>The checkpointer of the database of <paramref name="connectionString"/> (one per connection string).</summary>
    public static SqliteBackgroundCheckpoint For(string connectionString) =>
        ByDatabase.GetOrAdd(connectionString, c => new SqliteBackgroundCheckpoint(c));

    /// <summary>Checkpoints completed so far (for tests and diagnostics).</summary>
    public long Completed { get; private set; }

    /// <summary>Asks for a checkpoint; returns at once.</summary>
    public void Request()
    {
        lock (_gate)
        {
            _requested = true;
            if (_running)
            {
                return;
            }

            _running = true;
            _current = Task.Run(RunAsync);
        }
    }

    /// <summary>Waits until no checkpoint is running or asked for.</summary>
    public Task IdleAsync()
    {
        lock (_gate)
        {
            return _current;
        }
    }

    private async Task RunAsync()
    {
        while (true)
        {
            lock (_gate)
            {
                if (!_requested)
                {
                    _running = false;
                    return;
                }

                _requested = false;
            }

            var handled = false;
            try
            {
                await using var connection = new SqliteConnection(_connectionString);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                await command.ExecuteNonQueryAsync();
                Completed++;
                handled = true;
            }
            catch (SqliteException)
            {
                // Busy or locked: the next request (or the writer's backstop) checkpoints.
                handled = true;
            }
            finally
            {
                if (!handled)
                {
                    // Anything else ends this task with its exception; the next request starts a new one.
                    lock (_gate)
                    {
                        _running = false;
                    }
                }
            }
        }
    }
}

using System.Buffers.Binary;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Inburgering.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Engine;

/// <summary>
/// Keeps one connector's runs apart across hub nodes sharing a PostgreSQL database: a run holds a
/// session-level advisory lock on a connection of its own for as long as it lasts, so a scheduled or
/// manual run on another node finds the connector busy. The lock dies with the connection, so a node
/// that crashes mid-run never leaves the connector locked. On SQLite (one node per file) there is
/// nothing to coordinate and every acquisition succeeds.
/// </summary>
public sealed class ConnectorRunLock(HubDbContextFactory factory)
{
    private const string PostgreSqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>The held lock (dispose to release it), or null when a run of the connector holds it elsewhere.</summary>
    public async Task<IAsyncDisposable?> TryAcquireAsync(string connector, CancellationToken cancellationToken)
    {
        var db = factory.CreateSystem();
        if (db.Database.ProviderName != PostgreSqlProvider)
        {
            await db.DisposeAsync();
            return Unlocked.Instance;
        }

        var key = Key(connector);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            if (await ExecuteAsync(db.Database.GetDbConnection(), "SELECT pg_try_advisory_lock(@key)", key, cancellationToken))
            {
                return new Held(db, key);
            }
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }

        await db.DisposeAsync();
        return null;
    }

    /// <summary>A stable 64-bit key per connector, in a namespace of the hub's own.</summary>
    internal static long Key(string connector) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("inburgering-hub:sync:" + connector.ToUpperInvariant())));

    private static async Task<bool> ExecuteAsync(DbConnection connection, string sql, long key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    private sealed class Held(HubDbContext db, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await ExecuteAsync(db.Database.GetDbConnection(), "SELECT pg_advisory_unlock(@key)", key, CancellationToken.None);
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                // The connection is broken: the session, and the lock with it, are gone (a pooled
                // connection is reset before it is used again).
            }
            finally
            {
                await db.DisposeAsync();
            }
        }
    }

    private sealed class Unlocked : IAsyncDisposable
    {
        public static readonly Unlocked Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

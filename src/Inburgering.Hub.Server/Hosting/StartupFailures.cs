using Inburgering.Hub.Data.Providers;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Inburgering.Hub.Server.Hosting;

/// <summary>
/// Turns what goes wrong while opening and migrating the store into one line for the operator: a
/// damaged or foreign SQLite file, a file that cannot be opened, PostgreSQL that does not answer or
/// refuses the account, a database that a newer hub has migrated.
/// </summary>
internal static class StartupFailures
{
    /// <summary>The operator's line for <paramref name="exception"/>, or null when it is none of the known failures.</summary>
    public static string? Explain(Exception exception, DatabaseEngine database)
    {
        var where = Where(database);
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: 11 or 26 }:
                    return $"The SQLite database {where} is damaged or is not a hub database ({e.Message.TrimEnd('.')}). "
                        + "Stop the hub, move the file away, and restore the latest backup ('restore' verb, README: Operating the hub) or start empty.";
                case SqliteException { SqliteErrorCode: 14 or 8 or 23 }:
                    return $"The SQLite database {where} cannot be opened for writing ({e.Message.TrimEnd('.')}). "
                        + "Check that its folder exists and that this user may write the file and the folder (Hub:Database:ConnectionString).";
                case PostgresException { SqlState: "28P01" or "28000" } pg:
                    return $"PostgreSQL {where} refused the account ({pg.MessageText}). Check the user name and password in Hub__Database__ConnectionString.";
                case PostgresException { SqlState: "3D000" } pg:
                    return $"PostgreSQL {where}: {pg.MessageText}. Create the database (README: PostgreSQL) or correct Hub__Database__ConnectionString.";
                case NpgsqlException when e is not PostgresException:
                    return $"PostgreSQL {where} does not answer ({e.InnerException?.Message ?? e.Message}). "
                        + "Check that the server runs and that host and port in Hub__Database__ConnectionString are right; the hub retries at its next start.";
            }
        }

        return null;
    }

    private static string Where(DatabaseEngine database)
    {
        if (database.Provider is SqliteDatabaseProvider && SqliteDatabaseProvider.DatabaseFile(database.ConnectionString) is { } file)
        {
            return file;
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
            return $"at {builder.Host}:{builder.Port}, database '{builder.Database}' as '{builder.Username}'";
        }
        catch (ArgumentException)
        {
            return "(the configured database)";
        }
    }
}

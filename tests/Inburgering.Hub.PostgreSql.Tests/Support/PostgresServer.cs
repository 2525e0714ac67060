using Npgsql;

namespace Inburgering.Hub.PostgreSql.Tests.Support;

/// <summary>The PostgreSQL server of <c>HUB_TEST_POSTGRES</c>, on which the tests create and drop their databases.</summary>
public static class PostgresServer
{
    public const string Variable = "HUB_TEST_POSTGRES";

    /// <summary>The server's connection string (its database is the one connected to for CREATE/DROP DATABASE), or null.</summary>
    public static string? ConnectionString { get; } =
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>The connection string of another database on the same server.</summary>
    public static string For(string database) =>
        new NpgsqlConnectionStringBuilder(Required()) { Database = database, IncludeErrorDetail = true }.ConnectionString;

    public static string Required() =>
        ConnectionString ?? throw new InvalidOperationException($"{Variable} is not set.");
}

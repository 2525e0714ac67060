using System.Collections.Concurrent;
using Npgsql;

namespace Inburgering.Hub.PostgreSql.Tests.Support;

/// <summary>
/// The databases of one test class (an <see cref="IClassFixture{TFixture}"/>): each test asks for a
/// fresh one, and all are dropped when the class is done.
/// </summary>
public sealed class PostgresDatabases : IAsyncLifetime
{
    private readonly ConcurrentBag<string> _created = [];

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateAsync()
    {
        var name = "hub_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        _created.Add(name);
        return PostgresServer.For(name);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var name in _created)
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.Required());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

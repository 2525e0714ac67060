using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Data.PostgreSql;
using Inburgering.Hub.PostgreSql.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Inburgering.Hub.PostgreSql.Tests;

/// <summary>The hub's PostgreSQL sessions run with JIT off unless the operator's connection string sets it.</summary>
public sealed class SessionSettingsTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    [PostgresFact]
    public async Task The_hubs_connections_run_with_jit_off()
    {
        await using var hub = await TestHubHost.OnPostgresAsync(await databases.CreateAsync(), Array.Empty<IConnector>());

        await using var db = hub.System();
        Assert.Equal("off", await ShowJitAsync(db));
        Assert.Equal("1.1", await ShowAsync(db, "random_page_cost"));
    }

    [PostgresFact]
    public async Task A_jit_setting_in_the_connection_string_is_kept()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await databases.CreateAsync()) { Options = "-c jit=on -c application_name=hub-jit" }.ConnectionString;
        await using var hub = await TestHubHost.OnPostgresAsync(connectionString, Array.Empty<IConnector>());

        await using var db = hub.System();
        Assert.Equal("on", await ShowJitAsync(db));
        Assert.Equal("hub-jit", await ShowAsync(db, "application_name"));
    }

    [Fact]
    public void Session_defaults_add_jit_off_and_keep_other_options()
    {
        var result = new NpgsqlConnectionStringBuilder(PostgreSqlDatabaseProvider.WithSessionDefaults("Host=db;Database=hub;Options=-c statement_timeout=5000"));

        Assert.Equal("-c statement_timeout=5000 -c jit=off -c random_page_cost=1.1", result.Options);
        Assert.Equal("db", result.Host);
        Assert.Equal("-c jit=on -c random_page_cost=1.1", new NpgsqlConnectionStringBuilder(PostgreSqlDatabaseProvider.WithSessionDefaults("Host=db;Options=-c jit=on")).Options);
        Assert.Equal("-c random_page_cost=4 -c jit=off", new NpgsqlConnectionStringBuilder(PostgreSqlDatabaseProvider.WithSessionDefaults("Host=db;Options=-c random_page_cost=4")).Options);
        Assert.Equal("--random-page-cost=2 -cjit=on", new NpgsqlConnectionStringBuilder(PostgreSqlDatabaseProvider.WithSessionDefaults("Host=db;Options=--random-page-cost=2 -cjit=on")).Options);

        // A setting that only begins with the name is another setting: jit stays off.
        Assert.Equal("-c jit_above_cost=500000 -c jit=off -c random_page_cost=1.1", new NpgsqlConnectionStringBuilder(PostgreSqlDatabaseProvider.WithSessionDefaults("Host=db;Options=-c jit_above_cost=500000")).Options);
    }

    private static Task<string> ShowJitAsync(Data.HubDbContext db) => ShowAsync(db, "jit");

    private static async Task<string> ShowAsync(Data.HubDbContext db, string setting)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SHOW " + setting;
            return (string)(await command.ExecuteScalarAsync())!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

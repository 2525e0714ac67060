using Inburgering.Hub.Server.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Operations;

/// <summary>
/// A hub that cannot start says what is wrong and what to do in one line (the cause goes to the log):
/// a damaged database file, a database migrated by a newer hub, PostgreSQL that does not answer, an
/// archive folder that cannot be written.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StartupFailureTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "inburgering-hub-startup-tests", Guid.NewGuid().ToString("N"));

    public StartupFailureTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task A_truncated_database_file_is_named_with_what_to_do()
    {
        await CreateDatabaseAsync();
        var database = Path.Combine(_folder, "hub.db");
        var bytes = await File.ReadAllBytesAsync(database);
        await File.WriteAllBytesAsync(database, [.. bytes.Take(bytes.Length / 3).Skip(16).Prepend((byte)'X')]);

        var line = await FailureAsync(_folder, []);

        Assert.StartsWith($"The SQLite database {database} is damaged or is not a hub database", line);
        Assert.Contains("restore the latest backup", line);
    }

    [Fact]
    public async Task A_database_migrated_by_a_newer_hub_is_not_touched()
    {
        await CreateDatabaseAsync();
        await using (var connection = new SqliteConnection(HubProcess.ConnectionString(_folder)))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0')";
            await command.ExecuteNonQueryAsync();
        }

        var line = await FailureAsync(_folder, []);

        Assert.StartsWith("The database was migrated by a newer version of the hub (migration 29991231000000_FromTheFuture", line);
    }

    [Fact]
    public async Task PostgreSQL_that_does_not_answer_is_named_with_host_and_port()
    {
        var line = await FailureAsync(_folder, new()
        {
            ["Hub:Database:Provider"] = "PostgreSql",
            ["Hub:Database:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=hub;Username=hub;Password=x;Timeout=3",
        });

        Assert.StartsWith("PostgreSQL at 127.0.0.1:1, database 'hub' as 'hub' does not answer", line);
    }

    [Fact]
    public async Task An_archive_folder_that_cannot_be_written_is_named()
    {
        var archive = Path.Combine(_folder, "archive-is-a-file");
        await File.WriteAllTextAsync(archive, "not a folder");

        var line = await FailureAsync(_folder, new() { ["Hub:Sync:ArchivePath"] = archive });

        Assert.StartsWith($"The raw archive folder {archive} cannot be written", line);
    }

    [Fact]
    public async Task The_command_line_prints_one_line_and_exits_non_zero()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "hub.db"), "this is not a database, but the first 100 bytes of a file are its header: padding padding padding");

        using var process = HubProcess.Start(_folder, "sync", "coa", "--path", _folder);

        Assert.True(await process.ExitAsync(TimeSpan.FromMinutes(1)) == 1, process.Output);
        var output = process.Output;
        Assert.True(output.Contains("error: The SQLite database " + Path.Combine(_folder, "hub.db") + " is damaged", StringComparison.Ordinal), output);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task CreateDatabaseAsync()
    {
        var startup = Build(_folder, []);
        await startup.Services.GetRequiredService<HubStartup>().PrepareStoreAsync(CancellationToken.None);
        await startup.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private static async Task<string> FailureAsync(string folder, Dictionary<string, string?> overrides)
    {
        await using var app = Build(folder, overrides);
        var failure = await Assert.ThrowsAsync<HubStartupException>(() => app.Services.GetRequiredService<HubStartup>().PrepareStoreAsync(CancellationToken.None));
        Assert.DoesNotContain('\n', failure.Message);
        return failure.Message;
    }

    private static Microsoft.AspNetCore.Builder.WebApplication Build(string folder, Dictionary<string, string?> overrides)
    {
        var builder = HubApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(HubProcess.Environment(folder).ToDictionary(e => e.Key.Replace("__", ":", StringComparison.Ordinal), e => (string?)e.Value));
        builder.Configuration.AddInMemoryCollection(overrides);
        return HubApplication.Build(builder);
    }
}

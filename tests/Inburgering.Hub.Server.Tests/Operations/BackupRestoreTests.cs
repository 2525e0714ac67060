using Inburgering.Hub.Server.Operations;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Operations;

/// <summary>
/// <c>backup</c> copies the running hub's database and raw archive consistently; the copy verifies,
/// a damaged copy does not, and <c>restore</c> into a fresh folder gives a hub that starts and answers
/// the same query with the same lineage.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BackupRestoreTests : IAsyncLifetime
{
    private const string Query = "{ koppelingen(first: 50) { totalCount nodes { bron { bronId ruwRecord } } } }";

    private readonly SeededHub _hub = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "inburgering-hub-backup-tests", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => _hub.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Fact]
    public async Task A_backup_of_the_running_hub_restores_into_a_fresh_folder_that_starts_and_answers_the_same()
    {
        var backup = Path.Combine(_folder, "backup");
        var manifest = await _hub.Services.GetRequiredService<HubBackup>().CreateAsync(backup, CancellationToken.None);
        Assert.Contains(manifest.Files, f => f.Path == HubBackup.DatabaseFileName);
        Assert.Contains(manifest.Files, f => f.Path.StartsWith(HubBackup.ArchiveFolderName + "/", StringComparison.Ordinal));
        Assert.NotNull(manifest.Migration);

        using var original = _hub.ClientFor("GM0432");
        var expected = (await original.DataAsync(Query)).ToJsonString();

        var target = Path.Combine(_folder, "restored");
        Directory.CreateDirectory(target);
        using (var restore = HubProcess.Start(target, "restore", "--from", backup))
        {
            Assert.True(await restore.ExitAsync(TimeSpan.FromMinutes(1)) == 0, restore.Output);
            Assert.Contains("restored: ", restore.Output);
        }

        await using (var restored = new RestoredHub(target))
        {
            await restored.InitializeAsync();
            using var client = restored.ClientFor("GM0432");
            var data = await client.DataAsync(Query);
            Assert.Equal(expected, data.ToJsonString());
            Assert.True(data["koppelingen"]!["totalCount"]!.GetValue<int>() > 0);
            Assert.All(data["koppelingen"]!["nodes"].Items(), n => Assert.NotNull(n["bron"]!["ruwRecord"]));
        }
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_with_the_file_named()
    {
        var backup = Path.Combine(_folder, "damaged");
        await _hub.Services.GetRequiredService<HubBackup>().CreateAsync(backup, CancellationToken.None);
        await using (var file = File.OpenWrite(Path.Combine(backup, HubBackup.DatabaseFileName)))
        {
            file.Seek(4096, SeekOrigin.Begin);
            file.Write(new byte[64]);
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => HubBackup.VerifyAsync(backup, CancellationToken.None));
        Assert.Contains("hub.db is changed", error.Message);
    }

    [Fact]
    public async Task Restore_does_not_overwrite_a_database_without_force_and_keeps_the_old_one_with_it()
    {
        var backup = Path.Combine(_folder, "again");
        var service = _hub.Services.GetRequiredService<HubBackup>();
        await service.CreateAsync(backup, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => service.RestoreAsync(backup, replace: false, CancellationToken.None));
        Assert.Contains("--force", refused.Message);

        var target = Path.Combine(_folder, "replace");
        Directory.CreateDirectory(target);
        foreach (var (arguments, exit) in new[] { (new[] { "restore", "--from", backup }, 0), (["restore", "--from", backup], 1), (["restore", "--from", backup, "--force"], 0) })
        {
            using var restore = HubProcess.Start(target, arguments);
            Assert.True(await restore.ExitAsync(TimeSpan.FromMinutes(1)) == exit, restore.Output);
        }

        Assert.Single(Directory.GetFiles(target, "hub.db.before-restore-*"));
        Assert.Single(Directory.GetDirectories(target, "archive.before-restore-*"));
    }

    [Fact]
    public async Task A_backup_folder_that_is_not_empty_is_refused()
    {
        var folder = Path.Combine(_folder, "busy");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "something"), "x");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _hub.Services.GetRequiredService<HubBackup>().CreateAsync(folder, CancellationToken.None));
        Assert.Contains("not empty", error.Message);
    }

    private sealed class SeededHub : HubFactory
    {
        protected override Task SeedAsync()
        {
            CoaFiles.CopyExample("coa-koppelingen-20240105.csv", Inbox);
            return IngestAsync();
        }
    }

    /// <summary>A hub whose database and archive live in <paramref name="folder"/>, where a backup is restored before it starts.</summary>
    private sealed class RestoredHub(string folder) : HubFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hub:Database:ConnectionString", HubProcess.ConnectionString(folder));
            builder.UseSetting("Hub:Sync:ArchivePath", Path.Combine(folder, "archive"));
        }
    }
}

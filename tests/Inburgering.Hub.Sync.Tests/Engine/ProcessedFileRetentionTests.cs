using Inburgering.Hub.Sync.Archive;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Sync.Tests.Engine;

/// <summary>Issue 13: processed partner files (every BSN of a delivery) are kept no longer than <c>Hub:Sync:Retention</c>.</summary>
[Trait("Category", "Integration")]
public sealed class ProcessedFileRetentionTests
{
    private static string Write(string path, TimeSpan age)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "koppeling_id;bsn\nK-1;123456782\n");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }

    [Fact]
    public async Task Processed_files_older_than_the_retention_are_removed_and_the_rest_is_kept()
    {
        var folder = Path.Combine(Path.GetTempPath(), "inburgering-hub-sync-tests", Guid.NewGuid().ToString("N"));
        var inbox = Path.Combine(folder, "inbox");
        var elsewhere = Path.Combine(folder, "done");
        await using var hub = await HubTestHost.StartAsync(
            overrides: new Dictionary<string, string?>
            {
                ["Hub:Sync:Retention"] = "30.00:00:00",
                [$"Hub:Connectors:{ScriptedConnector.ConnectorName}:Settings:InboxPath"] = inbox,
                [$"Hub:Connectors:{ScriptedConnector.ConnectorName}:Settings:ProcessedPath"] = elsewhere,
            },
            folder: folder);
        var old = TimeSpan.FromDays(31);
        var expired = new[]
        {
            Write(Path.Combine(elsewhere, "coa-20240101.csv"), old), // the configured ProcessedPath
            Write(Path.Combine(inbox, "processed", "coa-20240102.csv"), old), // the default one
            Write(Path.Combine(inbox, "fiolet", "processed", "voortgang-2024-01.csv"), old), // per aanbieder
        };
        var kept = new[]
        {
            Write(Path.Combine(elsewhere, "coa-20240301.csv"), TimeSpan.FromDays(29)), // within the retention
            Write(Path.Combine(inbox, "coa-20231201.csv"), old), // in the inbox: not applied yet
            Write(Path.Combine(inbox, "fiolet", "voortgang-2023-12.csv"), old),
        };

        var removed = hub.Services.GetRequiredService<ProcessedFileRetention>().PurgeExpired();

        Assert.Equal(3, removed);
        Assert.All(expired, f => Assert.False(File.Exists(f), f));
        Assert.All(kept, f => Assert.True(File.Exists(f), f));
    }
}

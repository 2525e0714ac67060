using Inburgering.Hub.Sync.Archive;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Sync.Tests.Engine;

public sealed class RawArchiveTests
{
    [Fact]
    public async Task Every_row_reaches_its_raw_record_its_run_and_the_connector_version_without_a_BSN()
    {
        await using var hub = await HubTestHost.StartAsync();
        await hub.RunSnapshotAsync(Coa.Document("week-1.csv", Coa.Koppeling("K-1", TestBsns.A, line: 7)));
        await using var db = hub.System();
        var row = await db.Koppelingen.SingleAsync();
        var file = await db.SourceFiles.SingleAsync(f => f.Id == row.SourceFileId);
        var run = await db.SyncRuns.SingleAsync(r => r.Id == row.LastChangedRunId);

        var raw = await hub.Services.GetRequiredService<RawArchive>().FindAsync(file.Id, row.SourceLocation!, CancellationToken.None);

        Assert.Equal("week-1.csv", file.Name);
        Assert.Equal(64, file.Sha256.Length);
        Assert.Equal("line 7", row.SourceLocation);
        Assert.NotNull(raw);
        Assert.StartsWith("K-1;*********;", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(TestBsns.A, raw, StringComparison.Ordinal);
        Assert.Equal(hub.Connector.Manifest.Version, run.ConnectorVersion);
    }

    [Fact]
    public async Task Retention_removes_archived_records_but_keeps_the_document_metadata()
    {
        await using var hub = await HubTestHost.StartAsync(overrides: new Dictionary<string, string?> { ["Hub:Sync:Retention"] = "-00:00:01" });
        await hub.RunSnapshotAsync(Coa.Document("week-1.csv", Coa.Koppeling("K-1", TestBsns.A)));

        var purged = await hub.Services.GetRequiredService<ArchiveRetention>().PurgeExpiredAsync(CancellationToken.None);

        Assert.Equal(1, purged);
        await using var db = hub.System();
        var file = await db.SourceFiles.SingleAsync();
        Assert.NotNull(file.ArchivePurgedAt);
        Assert.Null(await hub.Services.GetRequiredService<RawArchive>().FindAsync(file.Id, "line 2", CancellationToken.None));
        Assert.Equal(0, await hub.Services.GetRequiredService<ArchiveRetention>().PurgeExpiredAsync(CancellationToken.None));
    }
}

using Inburgering.Hub.Sync.Archive;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Sync.Tests.Engine;

[Trait("Category", "Integration")]
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
    [Fact]
    public async Task A_batch_of_lookups_finds_every_record_through_the_side_index_and_without_it()
    {
        await using var hub = await HubTestHost.StartAsync();
        await hub.RunSnapshotAsync(Coa.Document(
            "week-1.csv",
            Coa.Koppeling("K-1", TestBsns.A, line: 2),
            Coa.Koppeling("K-2", TestBsns.B, line: 3),
            Coa.Koppeling("K-3", TestBsns.C, line: 4)));
        await hub.RunSnapshotAsync(Coa.Document(
            "week-2.csv",
            Coa.Koppeling("K-1", TestBsns.A, line: 2),
            Coa.Koppeling("K-2", TestBsns.B, line: 3),
            Coa.Koppeling("K-3", TestBsns.C, line: 4),
            Coa.Koppeling("K-4", TestBsns.D, line: 9)));
        await using var db = hub.System();
        var files = await db.SourceFiles.OrderBy(f => f.Id).Select(f => f.Id).ToListAsync();
        var archive = hub.Services.GetRequiredService<RawArchive>();
        (long, string)[] keys = [(files[0], "line 3"), (files[0], "line 4"), (files[1], "line 9"), (files[1], "line 2"), (files[1], "line 99"), (-1, "line 2")];

        var indexed = await archive.FindManyAsync(keys, CancellationToken.None);
        foreach (var index in Directory.GetFiles(Path.Combine(hub.Folder, "archive"), "*.idx"))
        {
            File.Delete(index);
        }

        var scanned = await archive.FindManyAsync(keys, CancellationToken.None);

        Assert.Equal(2, files.Count);
        Assert.Equal(4, indexed.Count);
        Assert.StartsWith("K-2;*********;", indexed[(files[0], "line 3")], StringComparison.Ordinal);
        Assert.StartsWith("K-3;*********;", indexed[(files[0], "line 4")], StringComparison.Ordinal);
        Assert.StartsWith("K-4;*********;", indexed[(files[1], "line 9")], StringComparison.Ordinal);
        Assert.StartsWith("K-1;*********;", indexed[(files[1], "line 2")], StringComparison.Ordinal);
        Assert.Equal(indexed.OrderBy(p => p.Key).ToList(), scanned.OrderBy(p => p.Key).ToList());
    }
}

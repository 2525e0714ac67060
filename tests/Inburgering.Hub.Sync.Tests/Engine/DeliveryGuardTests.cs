using System.Globalization;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tests.Engine;

/// <summary>
/// Partner deliveries through the engine, for every connector: documents are recognised by name and
/// SHA-256, a full snapshot that would withdraw too much is held, and a re-delivered bad record keeps
/// one open quarantine entry.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DeliveryGuardTests
{
    private static readonly string[] Gemeenten = ["GM0405", "GM0388", "GM0498"];

    /// <summary>Koppeling <paramref name="n"/> of a V-nummer-only person, spread over three gemeenten.</summary>
    private static SourceRecord K(int n) =>
        Coa.Koppeling($"K-{n}", null, string.Create(CultureInfo.InvariantCulture, $"12345678{n:00}"), gemeente: Gemeenten[n % 3], line: n + 1);

    private static List<SourceMessage> Export(string name, IEnumerable<int> rows) => Coa.Document(name, [.. rows.Select(n => (SourceMessage)K(n))]);

    /// <summary>A document with the given bytes' SHA-256 (a changed file keeps its name, not its hash).</summary>
    private static List<SourceMessage> Document(string name, string sha256, params SourceMessage[] messages) =>
        [new DocumentStarted(name, sha256, 100), .. messages, new DocumentCompleted(name)];

    private static async Task<List<SyncRunEvent>> EventsAsync(HubTestHost hub, long runId)
    {
        await using var db = hub.System();
        return await db.SyncRunEvents.Where(e => e.RunId == runId).OrderBy(e => e.Id).ToListAsync();
    }

    [Fact]
    public async Task A_byte_identical_re_delivery_is_skipped_and_the_run_says_so_while_a_changed_one_is_applied()
    {
        await using var hub = await HubTestHost.StartAsync();
        hub.Connector.Script(ScriptedConnector.Incremental, Document("voortgang-2023-05.csv", new string('a', 64), K(1)));
        var first = await hub.RunAsync();
        hub.Connector.Script(ScriptedConnector.Incremental, Document("voortgang-2023-05.csv", new string('a', 64), K(1)));
        var identical = await hub.RunAsync();
        hub.Connector.Script(
            ScriptedConnector.Incremental,
            Document("voortgang-2023-05.csv", new string('b', 64), Coa.Koppeling("K-1", null, "1234567801", gemeente: "GM0388", gezinsrol: "PARTNER")));
        var corrected = await hub.RunAsync();

        Assert.Equal(1, first.Inserted);
        Assert.Equal(SyncRunStatus.Succeeded, identical.Status);
        Assert.Equal((0, 0, 0, 0), (identical.Read, identical.Inserted, identical.Updated, identical.Unchanged));
        var skipped = Assert.Single(await EventsAsync(hub, identical.Id));
        Assert.Equal(SyncRunEventKinds.SkippedRedelivery, skipped.Kind);
        Assert.Contains("voortgang-2023-05.csv", skipped.Message, StringComparison.Ordinal);
        Assert.Equal(1, corrected.Updated);
        Assert.Empty(await EventsAsync(hub, corrected.Id));
        await using var db = hub.System();
        Assert.Equal("PARTNER", (await db.Koppelingen.SingleAsync()).Gezinsrol.ToString().ToUpperInvariant());
        Assert.Equal(2, await db.SourceFiles.CountAsync(f => f.AppliedAt != null));
    }

    [Fact]
    public async Task A_header_only_export_is_held_nothing_is_withdrawn_and_a_beheerder_releases_it()
    {
        await using var hub = await HubTestHost.StartAsync();
        await hub.RunSnapshotAsync(Export("coa-koppelingen-20240105.csv", Enumerable.Range(1, 9)));

        var empty = await hub.RunSnapshotAsync(Export("coa-koppelingen-20240112.csv", []));

        Assert.Equal(SyncRunStatus.Held, empty.Status);
        Assert.Equal(0, empty.Deleted);
        var held = Assert.Single(await EventsAsync(hub, empty.Id));
        Assert.Equal((SyncRunEventKinds.SnapshotHeld, 9), (held.Kind, held.Count));
        long fileId;
        await using (var db = hub.System())
        {
            Assert.Equal(9, await db.Koppelingen.CountAsync(k => !k.IsDeleted));
            var file = await db.SourceFiles.SingleAsync(f => f.Name == "coa-koppelingen-20240112.csv");
            (fileId, _) = (file.Id, Assert.NotNull(file.HeldAt));
            Assert.Contains($"source file {fileId}", held.Message, StringComparison.Ordinal);
        }

        var outside = await Assert.ThrowsAsync<InvalidOperationException>(
            () => hub.Engine.ReleaseHeldSnapshotAsync(fileId, "beheerder-hoorn", ["GM0405"], CancellationToken.None));
        Assert.Contains("outside your access", outside.Message, StringComparison.Ordinal);

        var withdrawn = await hub.Engine.ReleaseHeldSnapshotAsync(fileId, "beheerder-1", CancellationToken.None);

        Assert.Equal(9, withdrawn);
        await using (var db = hub.System())
        {
            Assert.Equal(0, await db.Koppelingen.CountAsync(k => !k.IsDeleted));
            Assert.Equal("beheerder-1", (await db.SourceFiles.SingleAsync(f => f.Id == fileId)).ReleasedBy);
        }

        var released = (await EventsAsync(hub, empty.Id))[^1];
        Assert.Equal((SyncRunEventKinds.SnapshotReleased, 9), (released.Kind, released.Count));
        await Assert.ThrowsAsync<InvalidOperationException>(() => hub.Engine.ReleaseHeldSnapshotAsync(fileId, "beheerder-1", CancellationToken.None));
    }

    [Fact]
    public async Task A_short_export_is_held_and_the_next_full_export_supersedes_it()
    {
        await using var hub = await HubTestHost.StartAsync();
        await hub.RunSnapshotAsync(Export("week-1.csv", Enumerable.Range(1, 10)));

        var shortRun = await hub.RunSnapshotAsync(Export("week-2.csv", Enumerable.Range(1, 7)));
        var next = await hub.RunSnapshotAsync(Export("week-3.csv", Enumerable.Range(1, 9)));

        Assert.Equal(SyncRunStatus.Held, shortRun.Status);
        Assert.Equal((SyncRunEventKinds.SnapshotHeld, 3), (Assert.Single(await EventsAsync(hub, shortRun.Id)).Kind, Assert.Single(await EventsAsync(hub, shortRun.Id)).Count));
        Assert.Equal(SyncRunStatus.Succeeded, next.Status);
        Assert.Equal(1, next.Deleted); // 1 of 10 is within the share
        await using var db = hub.System();
        Assert.Equal(["K-10"], await db.Koppelingen.Where(k => k.IsDeleted).Select(k => k.SourceId).ToListAsync());
        var heldFile = await db.SourceFiles.SingleAsync(f => f.Name == "week-2.csv");
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => hub.Engine.ReleaseHeldSnapshotAsync(heldFile.Id, "beheerder-1", CancellationToken.None));
        Assert.Contains("superseded by week-3.csv", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_that_empties_a_gemeente_is_held_even_within_the_share()
    {
        await using var hub = await HubTestHost.StartAsync();
        SourceMessage[] rows = [.. Enumerable.Range(1, 9).Select(n => (SourceMessage)K(n)), Coa.Koppeling("K-OPMEER", null, "1234567899", gemeente: "GM0432")];
        await hub.RunSnapshotAsync(Coa.Document("week-1.csv", rows));

        var run = await hub.RunSnapshotAsync(Export("week-2.csv", Enumerable.Range(1, 9)));

        Assert.Equal(SyncRunStatus.Held, run.Status);
        Assert.Contains("GM0432", Assert.Single(await EventsAsync(hub, run.Id)).Message, StringComparison.Ordinal);
        await using var db = hub.System();
        Assert.Equal(0, await db.Koppelingen.CountAsync(k => k.IsDeleted));
    }

    [Fact]
    public async Task A_bad_record_delivered_again_keeps_one_open_entry_with_a_seen_count()
    {
        await using var hub = await HubTestHost.StartAsync();
        var bad = () => Coa.Koppeling("K-BAD", TestBsns.Invalid, line: 3);
        var runs = new List<SyncRun>();
        foreach (var week in new[] { "week-1.csv", "week-2.csv", "week-3.csv" })
        {
            hub.Connector.Script(ScriptedConnector.Incremental, Coa.Document(week, K(1), bad()));
            runs.Add(await hub.RunAsync());
        }

        hub.Connector.Script(ScriptedConnector.Incremental, Coa.Document("week-4.csv", Coa.Koppeling("K-BAD", TestBsns.Invalid, gezinsrol: "PARTNER", line: 3)));
        await hub.RunAsync();

        Assert.All(runs, r => Assert.Equal(1, r.Quarantined));
        await using var db = hub.System();
        var entries = await db.QuarantineRecords.OrderBy(q => q.Id).ToListAsync();
        Assert.Equal(2, entries.Count); // the changed record is another entry
        Assert.Equal((3, runs[2].Id, runs[0].Id), (entries[0].SeenCount, entries[0].LastSeenRunId, entries[0].RunId));
        Assert.Equal(1, entries[1].SeenCount);
    }
}

using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tests.Engine;

[Trait("Category", "Integration")]
public sealed class SnapshotWithdrawalTests
{
    /// <summary>These tests are about withdrawal itself: the guard against large withdrawals is off (see SnapshotGuardTests).</summary>
    private static readonly Dictionary<string, string?> NoGuard = new() { ["Hub:Sync:MaxWithdrawalShare"] = "1" };

    private static SourceRecord K1() => Coa.Koppeling("K-1", TestBsns.A, gemeente: "GM0405", line: 2);

    private static SourceRecord K2() => Coa.Koppeling("K-2", TestBsns.B, gemeente: "GM0388", line: 3);

    private static SourceRecord K3() => Coa.Koppeling("K-3", TestBsns.C, gemeente: "GM0498", line: 4);

    [Fact]
    public async Task A_koppeling_missing_from_the_next_snapshot_is_withdrawn_and_revived_when_it_returns()
    {
        await using var hub = await HubTestHost.StartAsync(overrides: NoGuard);
        await hub.RunSnapshotAsync(Coa.Document("week-1.csv", K1(), K2(), K3()));

        var withdrawn = await hub.RunSnapshotAsync(Coa.Document("week-2.csv", K1(), K3()));

        Assert.True(withdrawn.Status == SyncRunStatus.Succeeded, withdrawn.Error);
        Assert.Equal(1, withdrawn.Deleted);
        Assert.Equal(2, withdrawn.Unchanged);
        await using (var db = hub.System())
        {
            var k2 = await db.Koppelingen.SingleAsync(k => k.SourceId == "K-2");
            Assert.True(k2.IsDeleted);
            Assert.Equal(withdrawn.Id, k2.DeletedRunId);
            Assert.Equal(withdrawn.Id, k2.LastChangedRunId);
            Assert.Equal(3, await db.Koppelingen.CountAsync());
            Assert.Equal(2, await db.Koppelingen.CountAsync(k => !k.IsDeleted));
            Assert.Equal(3, await db.Inburgeraars.CountAsync());
        }

        var revived = await hub.RunSnapshotAsync(Coa.Document("week-3.csv", K1(), K2(), K3()));

        Assert.Equal(SyncRunStatus.Succeeded, revived.Status);
        Assert.Equal(0, revived.Inserted);
        Assert.Equal(1, revived.Updated);
        Assert.Equal(2, revived.Unchanged);
        Assert.Equal(0, revived.Deleted);
        await using (var db = hub.System())
        {
            var k2 = await db.Koppelingen.SingleAsync(k => k.SourceId == "K-2");
            Assert.False(k2.IsDeleted);
            Assert.Null(k2.DeletedRunId);
            Assert.Equal(revived.Id, k2.LastChangedRunId);
            Assert.Equal(3, await db.Koppelingen.CountAsync(k => !k.IsDeleted));
        }
    }

    [Fact]
    public async Task An_empty_snapshot_withdraws_everything_of_the_stream()
    {
        await using var hub = await HubTestHost.StartAsync(overrides: NoGuard);
        await hub.RunSnapshotAsync(Coa.Document("week-1.csv", K1(), K2()));

        var run = await hub.RunSnapshotAsync(Coa.Document("week-2.csv"));

        Assert.Equal(2, run.Deleted);
        await using var db = hub.System();
        Assert.All(await db.Koppelingen.ToListAsync(), k => Assert.True(k.IsDeleted));
    }

    [Fact]
    public async Task A_snapshot_split_over_several_batches_withdraws_only_what_it_did_not_contain()
    {
        await using var hub = await HubTestHost.StartAsync(batchSize: 1, overrides: NoGuard);
        await hub.RunSnapshotAsync(Coa.Document("week-1.csv", K1(), K2(), K3()));

        var run = await hub.RunSnapshotAsync(Coa.Document("week-2.csv", K1(), K3()));

        Assert.Equal(1, run.Deleted);
        await using var db = hub.System();
        Assert.Equal(["K-2"], await db.Koppelingen.Where(k => k.IsDeleted).Select(k => k.SourceId).ToListAsync());
    }

    [Fact]
    public async Task A_record_rejected_in_a_later_snapshot_keeps_its_last_good_version_and_is_quarantined()
    {
        await using var hub = await HubTestHost.StartAsync(overrides: NoGuard);
        var first = await hub.RunSnapshotAsync(Coa.Document("week-1.csv", K1(), K2(), K3()));

        var second = await hub.RunSnapshotAsync(Coa.Document(
            "week-2.csv",
            K1(),
            Coa.Koppeling("K-2", TestBsns.Invalid, gemeente: "GM0388", status: "GEHUISVEST", line: 3),
            Coa.Koppeling("K-3", TestBsns.C, gemeente: "GM0498", gezinsrol: "OPA", line: 4)));

        Assert.Equal(SyncRunStatus.PartiallySucceeded, second.Status);
        Assert.Equal(0, second.Deleted);
        Assert.Equal(2, second.Quarantined);
        Assert.Equal(1, second.Unchanged);

        await using var db = hub.System();
        var k2 = await db.Koppelingen.SingleAsync(k => k.SourceId == "K-2");
        Assert.False(k2.IsDeleted);
        Assert.Equal(first.Id, k2.LastChangedRunId);
        Assert.Equal(Inburgering.Hub.Domain.KoppelingStatus.Gekoppeld, k2.Status);
        var k3 = await db.Koppelingen.SingleAsync(k => k.SourceId == "K-3");
        Assert.False(k3.IsDeleted);
        Assert.Equal(Inburgering.Hub.Domain.Gezinsrol.Hoofdpersoon, k3.Gezinsrol);

        var quarantine = await db.QuarantineRecords.Where(q => q.RunId == second.Id).OrderBy(q => q.Location).ToListAsync();
        Assert.Equal([ReasonCodes.InvalidBsn, ReasonCodes.UnknownCode], quarantine.Select(q => q.ReasonCode));
        Assert.Equal(["line 3", "line 4"], quarantine.Select(q => q.Location));

        // Once the source drops the record altogether, it is withdrawn after all.
        var third = await hub.RunSnapshotAsync(Coa.Document("week-3.csv", K1(), K3()));
        Assert.Equal(1, third.Deleted);
        await using var check = hub.System();
        Assert.True((await check.Koppelingen.SingleAsync(k => k.SourceId == "K-2")).IsDeleted);
    }

    [Fact]
    public async Task A_connector_rejection_with_a_source_id_also_keeps_the_last_good_version()
    {
        await using var hub = await HubTestHost.StartAsync(overrides: NoGuard);
        await hub.RunSnapshotAsync(Coa.Document("week-1.csv", K1(), K2()));

        var run = await hub.RunSnapshotAsync(Coa.Document(
            "week-2.csv",
            K1(),
            new SourceRejection("line 3", "K-2;174681458;;GM0388;31-02-2024", ReasonCodes.InvalidDate, "koppeldatum '31-02-2024' is not a date.", "K-2", "GM0388")));

        Assert.Equal(0, run.Deleted);
        Assert.Equal(1, run.Quarantined);
        await using var db = hub.System();
        Assert.False((await db.Koppelingen.SingleAsync(k => k.SourceId == "K-2")).IsDeleted);
    }
}

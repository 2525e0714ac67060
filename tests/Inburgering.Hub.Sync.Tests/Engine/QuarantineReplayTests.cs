using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Quarantine;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Sync.Tests.Engine;

[Trait("Category", "Integration")]
public sealed class QuarantineReplayTests
{
    /// <summary>Stede Broec (index 6) replaced by another gemeente: its records are UNKNOWN_GEMEENTE.</summary>
    private static readonly Dictionary<string, string?> WithoutStedeBroec = new()
    {
        ["Hub:Gemeenten:6:Code"] = "GM0001",
        ["Hub:Gemeenten:6:Naam"] = "Elders",
    };

    [Fact]
    public async Task A_record_refused_for_an_unknown_gemeente_loads_after_the_gemeente_is_configured()
    {
        await using var before = await HubTestHost.StartAsync(overrides: WithoutStedeBroec);
        var run = await before.RunSnapshotAsync(Coa.Document(
            "week-1.csv",
            Coa.Koppeling("K-1", TestBsns.A, gemeente: "GM0405"),
            Coa.Koppeling("K-2", TestBsns.B, gemeente: "GM0532", line: 3)));
        Assert.Equal(1, run.Quarantined);
        long quarantineId;
        await using (var db = before.System())
        {
            var row = await db.QuarantineRecords.SingleAsync();
            Assert.Equal(ReasonCodes.UnknownGemeente, row.ReasonCode);
            Assert.NotNull(row.RecordJson);
            Assert.DoesNotContain(TestBsns.B, row.RecordJson, StringComparison.Ordinal);
            Assert.Equal(before.Pseudonymizer.ForBsn(TestBsns.B), row.BsnPseudoniem);
            quarantineId = row.Id;
        }

        await using var after = await HubTestHost.StartAsync(folder: before.Folder);
        var service = after.Services.GetRequiredService<QuarantineService>();
        var outcomes = await service.ReplayAsync([quarantineId], CallerScope.ForGemeenten(["GM0532"]), CancellationToken.None);

        var outcome = Assert.Single(outcomes);
        Assert.True(outcome.Succeeded, outcome.Message);
        await using var check = after.System();
        var koppeling = await check.Koppelingen.Include(k => k.Inburgeraar).SingleAsync(k => k.SourceId == "K-2");
        Assert.Equal("GM0532", koppeling.GemeenteCode);
        Assert.Equal(after.Pseudonymizer.ForBsn(TestBsns.B), koppeling.Inburgeraar!.Pseudoniem);
        var replayed = await check.QuarantineRecords.SingleAsync();
        Assert.Equal(QuarantineStatus.Replayed, replayed.Status);
        Assert.NotNull(replayed.ResolvedRunId);

        var again = await service.ReplayAsync([quarantineId], CallerScope.ForGemeenten(["GM0532"]), CancellationToken.None);
        Assert.False(Assert.Single(again).Succeeded);
    }

    [Fact]
    public async Task A_caller_cannot_replay_or_discard_another_gemeentes_quarantine()
    {
        await using var hub = await HubTestHost.StartAsync();
        await hub.RunSnapshotAsync(Coa.Document("week-1.csv", Coa.Koppeling("K-1", TestBsns.A, gezinsrol: "OPA")));
        await using var db = hub.System();
        var id = (await db.QuarantineRecords.SingleAsync()).Id;
        var service = hub.Services.GetRequiredService<QuarantineService>();

        var replay = await service.ReplayAsync([id], CallerScope.ForGemeenten(["GM0388"]), CancellationToken.None);
        var discard = await service.DiscardAsync([id], CallerScope.ForGemeenten(["GM0388"]), CancellationToken.None);

        Assert.False(Assert.Single(replay).Succeeded);
        Assert.False(Assert.Single(discard).Succeeded);
        Assert.Equal(QuarantineStatus.Open, (await hub.System().QuarantineRecords.SingleAsync()).Status);
    }

    [Fact]
    public async Task Discard_closes_the_record_and_a_connector_rejection_is_not_replayable()
    {
        await using var hub = await HubTestHost.StartAsync();
        await hub.RunSnapshotAsync(Coa.Document(
            "week-1.csv",
            new SourceRejection("line 2", "K-9;;;GM0405;31-02-2024", ReasonCodes.InvalidDate, "koppeldatum '31-02-2024' is not a date.", "K-9", "GM0405"),
            Coa.Koppeling("K-1", TestBsns.A, gezinsrol: "OPA", line: 3)));
        await using var db = hub.System();
        var rows = await db.QuarantineRecords.OrderBy(q => q.Id).ToListAsync();
        var service = hub.Services.GetRequiredService<QuarantineService>();
        var hoorn = CallerScope.ForGemeenten(["GM0405"]);

        var replayUnreadable = await service.ReplayAsync([rows[0].Id], hoorn, CancellationToken.None);
        var replayStillBad = await service.ReplayAsync([rows[1].Id], hoorn, CancellationToken.None);
        var discard = await service.DiscardAsync([rows[0].Id, rows[1].Id], hoorn, CancellationToken.None);

        Assert.Contains("Not replayable", Assert.Single(replayUnreadable).Message, StringComparison.Ordinal);
        Assert.Contains("UNKNOWN_CODE", Assert.Single(replayStillBad).Message, StringComparison.Ordinal);
        Assert.All(discard, o => Assert.True(o.Succeeded));
        Assert.All(await hub.System().QuarantineRecords.ToListAsync(), q => Assert.Equal(QuarantineStatus.Discarded, q.Status));
    }
}

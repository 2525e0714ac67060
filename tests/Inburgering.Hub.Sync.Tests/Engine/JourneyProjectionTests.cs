using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Journey;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Journey;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tests.Engine;

/// <summary>
/// The journey projection (inburgeraar_mijlpalen) follows every change the engine makes to a person's rows
/// in the same transaction — inserts, re-deliveries with changes, tombstones, snapshot withdrawals and
/// person merges — and always equals a rebuild from the canonical tables.
/// </summary>
public sealed class JourneyProjectionTests
{
    private const string VNummer = "1234567890";
    private static readonly DateOnly Huisvesting = new(2024, 2, 1);

    [Fact]
    public async Task Housing_changes_tombstones_and_withdrawals_move_the_milestones_with_them()
    {
        await using var hub = await HubTestHost.StartAsync();
        hub.Connector.Script(ScriptedConnector.Incremental, Coa.Document(
            "page-1",
            Coa.Koppeling("M-1", TestBsns.A, huisvestingsdatum: Huisvesting),
            Coa.Koppeling("M-2", TestBsns.B, huisvestingsdatum: Huisvesting),
            Coa.Koppeling("M-3", TestBsns.C)));
        await hub.RunAsync();
        Assert.Equal([("M-1", Huisvesting), ("M-2", Huisvesting)], await GehuisvestAsync(hub));
        await AssertEqualsRebuildAsync(hub);

        // A changed re-delivery moves the date; a tombstone takes the milestone away; housing appears.
        var later = Huisvesting.AddDays(30);
        hub.Connector.Script(ScriptedConnector.Incremental, Coa.Document(
            "page-2",
            Coa.Koppeling("M-2", TestBsns.B, huisvestingsdatum: later),
            Coa.Koppeling("M-3", TestBsns.C, huisvestingsdatum: later),
            new SourceTombstone("M-1", "item M-1")));
        var second = await hub.RunAsync();
        Assert.Equal(SyncRunStatus.Succeeded, second.Status);
        Assert.Equal([("M-2", later), ("M-3", later)], await GehuisvestAsync(hub));
        await AssertEqualsRebuildAsync(hub);

    }

    [Fact]
    public async Task A_snapshot_withdrawal_takes_the_milestones_away_and_a_revival_brings_them_back()
    {
        await using var hub = await HubTestHost.StartAsync(overrides: new Dictionary<string, string?> { ["Hub:Sync:MaxWithdrawalShare"] = "1" });
        SourceRecord K(string id, string bsn, int line) => Coa.Koppeling(id, bsn, huisvestingsdatum: Huisvesting, line: line);
        await hub.RunSnapshotAsync(Coa.Document("week-1.csv", K("K-1", TestBsns.A, 2), K("K-2", TestBsns.B, 3)));
        Assert.Equal([("K-1", Huisvesting), ("K-2", Huisvesting)], await GehuisvestAsync(hub));

        var withdrawn = await hub.RunSnapshotAsync(Coa.Document("week-2.csv", K("K-1", TestBsns.A, 2)));
        Assert.Equal(1, withdrawn.Deleted);
        Assert.Equal([("K-1", Huisvesting)], await GehuisvestAsync(hub));
        await AssertEqualsRebuildAsync(hub);

        await hub.RunSnapshotAsync(Coa.Document("week-3.csv", K("K-1", TestBsns.A, 2), K("K-2", TestBsns.B, 3)));
        Assert.Equal([("K-1", Huisvesting), ("K-2", Huisvesting)], await GehuisvestAsync(hub));
        await AssertEqualsRebuildAsync(hub);
    }

    [Fact]
    public async Task A_merge_moves_the_milestones_of_the_VNummer_person_to_the_BSN_person()
    {
        await using var hub = await HubTestHost.StartAsync();
        hub.Connector.Script(ScriptedConnector.Incremental, Coa.Document(
            "page-1",
            Coa.Koppeling("K-V", null, VNummer, huisvestingsdatum: Huisvesting),
            Coa.Koppeling("K-B", TestBsns.A, null, huisvestingsdatum: Huisvesting.AddDays(1))));
        await hub.RunAsync();
        await AssertEqualsRebuildAsync(hub);

        hub.Connector.Script(ScriptedConnector.Incremental, Coa.Document(
            "page-2",
            Coa.Koppeling("K-BOTH", TestBsns.A, VNummer, huisvestingsdatum: Huisvesting.AddDays(2))));
        await hub.RunAsync();

        await using var db = hub.System();
        var person = await db.Inburgeraars.SingleAsync();
        var mijlpalen = await db.InburgeraarMijlpalen.ToListAsync();
        Assert.Equal(3, mijlpalen.Count);
        Assert.All(mijlpalen, m => Assert.Equal(person.Id, m.InburgeraarId));
        Assert.All(mijlpalen, m => Assert.Equal(person.Id, m.Sleutel));
        await AssertEqualsRebuildAsync(hub);
    }

    private static async Task<List<(string SourceId, DateOnly Datum)>> GehuisvestAsync(HubTestHost hub)
    {
        await using var db = hub.System();
        var koppelingen = await db.Koppelingen.Where(k => !k.IsDeleted).ToDictionaryAsync(k => k.InburgeraarId, k => k.SourceId);
        var gehuisvest = MijlpaalCellen.Nummer(MijlpaalAfleiding.Statushouder, MijlpaalAfleiding.Rijen.AantalGehuisvest, null, null);
        var mijlpalen = await db.InburgeraarMijlpalen.Where(m => m.Cel == gehuisvest).ToListAsync();
        return [.. mijlpalen.Select(m => (koppelingen[m.InburgeraarId], m.Datum)).Order()];
    }

    private static async Task AssertEqualsRebuildAsync(HubTestHost hub)
    {
        await using var db = hub.System();
        var kept = await RowsAsync(db);
        await using var tx = await db.Database.BeginTransactionAsync();
        await JourneyProjection.RebuildAsync(db, CancellationToken.None);
        var rebuilt = await RowsAsync(db);
        await tx.RollbackAsync();
        Assert.Equal(rebuilt, kept);
    }

    private static async Task<List<string>> RowsAsync(HubDbContext db) =>
        [.. (await db.InburgeraarMijlpalen.AsNoTracking().ToListAsync())
            .Select(m => $"{m.InburgeraarId} {m.GemeenteCode} {m.Datum:yyyy-MM-dd} {m.Cel} {m.Sleutel}")
            .Concat((await db.MijlpaalGemeenten.AsNoTracking().ToListAsync()).Select(g => $"{g.InburgeraarId} in {g.GemeenteCode}"))
            .Order(StringComparer.Ordinal)];
}

using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.PostgreSql.Tests.Support;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.PostgreSql.Tests;

/// <summary>
/// The engine's behaviour on PostgreSQL with the scripted connector: snapshot withdrawal and revival,
/// tombstones, state committed with the batch, and the caller-scope filter.
/// </summary>
public sealed class EngineTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    private static SourceRecord K1() => Coa.Koppeling("K-1", TestBsns.A, gemeente: "GM0405", line: 2);

    private static SourceRecord K2() => Coa.Koppeling("K-2", TestBsns.B, gemeente: "GM0388", line: 3);

    private static SourceRecord K3() => Coa.Koppeling("K-3", TestBsns.C, gemeente: "GM0498", line: 4);

    [PostgresFact]
    public async Task A_koppeling_missing_from_the_next_snapshot_is_withdrawn_and_revived_when_it_returns()
    {
        var (hub, connector) = await StartAsync(batchSize: 1);
        await using var _ = hub;
        connector.Script(ScriptedConnector.Snapshot, Coa.Document("week-1.csv", K1(), K2(), K3()));
        var first = await hub.RunAsync(ScriptedConnector.ConnectorName);
        Assert.Equal(SyncRunStatus.Succeeded, first.Status);
        Assert.Equal(3, first.Inserted);

        connector.Script(ScriptedConnector.Snapshot, Coa.Document("week-2.csv", K1(), K3()));
        var withdrawn = await hub.RunAsync(ScriptedConnector.ConnectorName);

        Assert.Equal(SyncRunStatus.Succeeded, withdrawn.Status);
        Assert.Equal((1, 2), (withdrawn.Deleted, withdrawn.Unchanged));
        await using (var db = hub.System())
        {
            var k2 = await db.Koppelingen.SingleAsync(k => k.SourceId == "K-2");
            Assert.True(k2.IsDeleted);
            Assert.Equal(withdrawn.Id, k2.DeletedRunId);
            Assert.Equal(2, await db.Koppelingen.CountAsync(k => !k.IsDeleted));
        }

        connector.Script(ScriptedConnector.Snapshot, Coa.Document("week-3.csv", K1(), K2(), K3()));
        var revived = await hub.RunAsync(ScriptedConnector.ConnectorName);

        Assert.Equal((0, 1, 2, 0), (revived.Inserted, revived.Updated, revived.Unchanged, revived.Deleted));
        await using (var db = hub.System())
        {
            Assert.False((await db.Koppelingen.SingleAsync(k => k.SourceId == "K-2")).IsDeleted);
            var files = await db.SourceFiles.Where(f => f.Connector == ScriptedConnector.ConnectorName).Select(f => f.Name).ToListAsync();
            Assert.Equal(["week-1.csv", "week-2.csv", "week-3.csv"], files.Order(StringComparer.Ordinal));
        }
    }

    [PostgresFact]
    public async Task Incremental_documents_never_withdraw_and_a_tombstone_deletes_one_record()
    {
        var (hub, connector) = await StartAsync();
        await using var _ = hub;
        connector.Script(ScriptedConnector.Incremental, Coa.Document("page-1", Coa.Koppeling("M-1", TestBsns.A), Coa.Koppeling("M-2", TestBsns.B)));
        Assert.Equal(2, (await hub.RunAsync(ScriptedConnector.ConnectorName)).Inserted);

        connector.Script(ScriptedConnector.Incremental, Coa.Document(
            "page-2",
            Coa.Koppeling("M-3", TestBsns.C),
            new SourceTombstone("M-1", "item M-1"),
            new SourceTombstone("M-404", "item M-404")));
        var second = await hub.RunAsync(ScriptedConnector.ConnectorName);

        Assert.Equal(SyncRunStatus.Succeeded, second.Status);
        Assert.Equal((1, 1), (second.Inserted, second.Deleted));
        await using var db = hub.System();
        var rows = await db.Koppelingen.OrderBy(k => k.SourceId).ToListAsync();
        Assert.Equal(["M-1", "M-2", "M-3"], rows.Select(k => k.SourceId));
        Assert.Equal([true, false, false], rows.Select(k => k.IsDeleted));
        Assert.Equal(second.Id, rows[0].DeletedRunId);
    }

    [PostgresFact]
    public async Task A_gemeente_caller_sees_only_its_own_rows()
    {
        var (hub, connector) = await StartAsync();
        await using var _ = hub;
        connector.Script(ScriptedConnector.Snapshot, Coa.Document(
            "week-1.csv",
            Coa.Koppeling("K-H1", TestBsns.A, gemeente: "GM0405"),
            Coa.Koppeling("K-H2", TestBsns.B, gemeente: "GM0405"),
            Coa.Koppeling("K-E1", TestBsns.C, gemeente: "GM0388"),
            Coa.Koppeling("K-M1", TestBsns.D, gemeente: "GM0420")));
        Assert.Equal(SyncRunStatus.Succeeded, (await hub.RunAsync(ScriptedConnector.ConnectorName)).Status);

        await using (var hoorn = hub.For(CallerScope.ForGemeenten(["GM0405"])))
        {
            Assert.Equal(["K-H1", "K-H2"], await hoorn.Koppelingen.OrderBy(k => k.SourceId).Select(k => k.SourceId).ToListAsync());
            Assert.Equal(2, await hoorn.Inburgeraars.CountAsync());
            Assert.All(await hoorn.Inburgeraars.ToListAsync(), p => Assert.Equal("GM0405", p.GemeenteCode));
            Assert.Null(await hoorn.Koppelingen.FirstOrDefaultAsync(k => k.SourceId == "K-E1"));
            Assert.Equal(2, await hoorn.Inburgeraars.Select(i => i.Koppelingen.Count).SumAsync());
        }

        await using (var nobody = hub.For(CallerScope.Nobody))
        {
            Assert.Equal(0, await nobody.Koppelingen.CountAsync());
        }

        await using var system = hub.System();
        Assert.Equal(4, await system.Koppelingen.CountAsync());
    }

    [PostgresFact]
    public async Task An_empty_snapshot_is_held_and_a_re_refused_record_keeps_one_quarantine_entry()
    {
        var (hub, connector) = await StartAsync(guard: true);
        await using var _ = hub;
        var bad = Coa.Koppeling("K-BAD", TestBsns.Invalid, line: 5);
        connector.Script(ScriptedConnector.Snapshot, Coa.Document("week-1.csv", K1(), K2(), K3(), bad));
        await hub.RunAsync(ScriptedConnector.ConnectorName);
        connector.Script(ScriptedConnector.Snapshot, Coa.Document("week-2.csv", Coa.Koppeling("K-BAD", TestBsns.Invalid, line: 5)));

        var held = await hub.RunAsync(ScriptedConnector.ConnectorName);

        Assert.Equal(SyncRunStatus.Held, held.Status);
        Assert.Equal(0, held.Deleted);
        await using var db = hub.System();
        Assert.Equal(3, await db.Koppelingen.CountAsync(k => !k.IsDeleted));
        Assert.Equal(3, (await db.SyncRunEvents.SingleAsync(e => e.RunId == held.Id && e.Kind == SyncRunEventKinds.SnapshotHeld)).Count);
        var entry = await db.QuarantineRecords.SingleAsync();
        Assert.Equal((2, held.Id), (entry.SeenCount, entry.LastSeenRunId));
    }

    [PostgresFact]
    public async Task Planner_statistics_are_refreshed_while_a_load_grows_the_tables()
    {
        var (hub, connector) = await StartAsync(batchSize: 50, analyzeAfterRows: 50);
        await using var _ = hub;
        float? koppelingenSeenMidRun = null;
        connector.Script(ScriptedConnector.Snapshot, (_, ct) => TwoDocumentsAsync(hub, rows => koppelingenSeenMidRun = rows, ct));

        var run = await hub.RunAsync(ScriptedConnector.ConnectorName);

        Assert.Equal(SyncRunStatus.Succeeded, run.Status);
        Assert.Equal(500, run.Inserted);

        // Read after the first document's 250 rows were committed, before the run's closing ANALYZE: the
        // in-run ANALYZE at 100 and 200 written rows (2 and 4 times Hub:Sync:AnalyzeAfterRows) set the row
        // count the planner uses (-1 for a table never analyzed; at least 200 here, or 250 should autovacuum
        // have analyzed it after the fifth batch).
        Assert.InRange(koppelingenSeenMidRun ?? -1, 200, 250);
        Assert.Equal(500, await ReltuplesAsync(hub));
    }

    private static IEnumerable<SourceRecord> Records(int count) =>
        Enumerable.Range(0, count).Select(n => Coa.Koppeling(
            $"K-{n.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)}",
            bsn: null,
            vNummer: (2_000_000_000L + n).ToString(System.Globalization.CultureInfo.InvariantCulture),
            huisvestingsdatum: new DateOnly(2024, 2, 1),
            line: n + 2));

    private static async IAsyncEnumerable<SourceMessage> TwoDocumentsAsync(
        TestHubHost hub, Action<float?> probe, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var message in Coa.Document("week-1.csv", [.. Records(250)]))
        {
            yield return message;
        }

        probe(await ReltuplesAsync(hub));
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var message in Coa.Document("week-2.csv", [.. Records(500)]))
        {
            yield return message;
        }
    }

    private static async Task<float?> ReltuplesAsync(TestHubHost hub)
    {
        await using var db = hub.System();
        return await db.Database.SqlQueryRaw<float>("SELECT reltuples AS \"Value\" FROM pg_class WHERE relname = 'koppelingen'").SingleOrDefaultAsync();
    }

    private async Task<(TestHubHost Hub, ScriptedConnector Connector)> StartAsync(int? batchSize = null, bool guard = false, int? analyzeAfterRows = null)
    {
        var connector = new ScriptedConnector();
        var settings = new Dictionary<string, string?>
        {
            [$"Hub:Connectors:{ScriptedConnector.ConnectorName}:Settings:Inbox"] = Path.GetTempPath(),

            // Most tests here are about withdrawal itself: the guard against large withdrawals only where asked.
            ["Hub:Sync:MaxWithdrawalShare"] = guard ? "0.2" : "1",
        };
        if (batchSize is { } size)
        {
            settings["Hub:Sync:BatchSize"] = size.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (analyzeAfterRows is { } rows)
        {
            settings["Hub:Sync:AnalyzeAfterRows"] = rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return (await TestHubHost.OnPostgresAsync(await databases.CreateAsync(), [connector], settings), connector);
    }
}

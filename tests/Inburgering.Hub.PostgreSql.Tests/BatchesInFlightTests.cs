using System.Globalization;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.PostgreSql.Tests.Support;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.PostgreSql.Tests;

/// <summary>The batch-written-beside counter is read by these tests: no other test may write batches meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BatchesInFlightCollection
{
    public const string Name = "Batches in flight";
}

/// <summary>
/// On PostgreSQL the sync engine writes a batch beside the one still committing (<c>Hub:Sync:BatchesInFlight</c>).
/// Whatever a document holds (a person in two batches by the same key or by another of its keys, a V-nummer
/// person merged into a BSN person, a source id twice, refused records), the rows, persons, quarantine, journey
/// projection and run counts equal those of the same documents written one batch at a time; and a batch that
/// fails takes the batch written beside it down with it.
/// </summary>
[Collection(BatchesInFlightCollection.Name)]
public sealed class BatchesInFlightTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    [PostgresFact]
    public async Task Batches_written_side_by_side_store_exactly_what_batches_written_one_by_one_store()
    {
        var beside = await StartAsync(batchesInFlight: 2, batchSize: 2);
        await using var besideHub = beside.Hub;
        var alone = await StartAsync(batchesInFlight: 1, batchSize: 2);
        await using var aloneHub = alone.Hub;
        using var batches = new BatchCounter();

        foreach (var document in new[] { WeekOne(), WeekTwo() })
        {
            var runs = new List<SyncRun>();
            foreach (var (hub, connector) in new[] { beside, alone })
            {
                connector.Script(ScriptedConnector.Snapshot, document);
                runs.Add(await hub.RunAsync(ScriptedConnector.ConnectorName));
            }

            Assert.Equal(runs[1].Status, runs[0].Status);
            Assert.Equal(Counts(runs[1]), Counts(runs[0]));
            Assert.Equal(await ContentAsync(alone.Hub), await ContentAsync(beside.Hub));
        }

        Assert.True(batches.Beside > 3, $"only {batches.Beside} batches were written beside another ({batches.Alone} alone)");
    }

    [PostgresFact]
    public async Task A_batch_that_fails_takes_the_batch_written_beside_it_down_and_what_committed_before_stays()
    {
        List<SourceMessage> document =
        [
            Coa.Start("week-1.csv"),
            .. Range(0, 4),
            .. Enumerable.Range(4, 4).Select(n => Coa.Koppeling(Id(n), TestBsns.Invalid, line: n + 2)),
            .. Range(8, 4),
            new DocumentCompleted(null),
        ];
        var outcomes = new List<List<string>>();
        foreach (var inFlight in new[] { 2, 1 })
        {
            var started = await StartAsync(inFlight, batchSize: 4, rejectionThresholdMinimumRecords: 4);
            await using var hub = started.Hub;
            started.Connector.Script(ScriptedConnector.Snapshot, document);

            var run = await started.Hub.RunAsync(ScriptedConnector.ConnectorName);

            Assert.Equal(SyncRunStatus.Failed, run.Status);
            Assert.Contains("Hub:Sync:RejectionThreshold", run.Error, StringComparison.Ordinal);
            await using var db = started.Hub.System();
            outcomes.Add(await db.Koppelingen.OrderBy(k => k.SourceId).Select(k => k.SourceId).ToListAsync());
            Assert.Equal(4, await db.Inburgeraars.CountAsync());
            Assert.Equal(0, await db.QuarantineRecords.CountAsync());
        }

        Assert.Equal([Id(0), Id(1), Id(2), Id(3)], outcomes[0]);
        Assert.Equal(outcomes[1], outcomes[0]);
    }

    /// <summary>
    /// Batches of two: (1–2) V-nummer persons side by side; (3) a person with BSN A and V-nummer 3000000001;
    /// (4) BSN A again (same key as the batch before: waits); (5) that person by its V-nummer only, beside
    /// batch 4, which claims it by its BSN (found again after that commit); (6) a V-nummer-only person,
    /// (7) given BSN B by a record with both; (8–9) a source id of batch 1 and one of batch 8 again
    /// (duplicates); (10) a refused BSN; (11) a second koppeling of V-nummer 2000000009. Every person is
    /// housed, so each has a milestone.
    /// </summary>
    private static List<SourceMessage> WeekOne() =>
    [
        Coa.Start("week-1.csv"),
        K(1, vnr: 2_000_000_001), K(2, vnr: 2_000_000_002),
        K(3, vnr: 2_000_000_003), K(4, vnr: 2_000_000_004, gemeente: "GM0388"),
        K(5, TestBsns.A, vnr: 3_000_000_001), K(6, vnr: 2_000_000_006),
        K(7, vnr: 2_000_000_007), K(8, TestBsns.A, gemeente: "GM0388"),
        K(9, vnr: 2_000_000_009), K(10, vnr: 3_000_000_001, gemeente: "GM0420"),
        K(11, vnr: 2_000_000_011), K(12, vnr: 2_000_000_012),
        K(13, TestBsns.B, vnr: 2_000_000_011), K(14, vnr: 2_000_000_014),
        K(2, vnr: 2_000_000_002, line: 100), K(15, vnr: 2_000_000_015),
        K(15, vnr: 2_000_000_015, line: 101), K(16, vnr: 2_000_000_016, gemeente: "GM0388"),
        K(17, TestBsns.Invalid), K(18, vnr: 2_000_000_018),
        K(22, vnr: 2_000_000_009),
        new DocumentCompleted(null),
    ];

    /// <summary>
    /// The next snapshot: two koppelingen gone (withdrawn), five changed, new persons. Side by side:
    /// K-06 moves to a new person while the batch beside it brings a new koppeling of its former person;
    /// K-22 moves away from the person of the batch before it; BSN A's person is found by its other
    /// V-nummer beside the batch that claims it by BSN A; the person of V-nummer 2000000012 is merged into
    /// BSN A's by a record with both (its K-12 moves with it) while the batch beside it moves K-12 on to a
    /// new person.
    /// </summary>
    private static List<SourceMessage> WeekTwo() =>
    [
        Coa.Start("week-2.csv"),
        K(1, vnr: 2_000_000_001, status: "GEHUISVEST"), K(3, vnr: 2_000_000_003),
        K(4, vnr: 2_000_000_004, gemeente: "GM0388"), K(5, TestBsns.A, vnr: 3_000_000_001, status: "GEHUISVEST"),
        K(6, vnr: 2_000_000_026), K(7, vnr: 2_000_000_007),
        K(25, vnr: 2_000_000_006), K(8, TestBsns.A, gemeente: "GM0388"),
        K(9, vnr: 2_000_000_009), K(10, vnr: 3_000_000_001, gemeente: "GM0420"),
        K(22, vnr: 2_000_000_022), K(14, vnr: 2_000_000_014),
        K(21, TestBsns.A, vnr: 2_000_000_012), K(13, TestBsns.B, vnr: 2_000_000_011, gemeente: "GM0498"),
        K(12, vnr: 2_000_000_030), K(16, vnr: 2_000_000_016, gemeente: "GM0388"),
        K(11, vnr: 2_000_000_011), K(18, vnr: 2_000_000_018),
        K(19, TestBsns.C, vnr: 2_000_000_019), K(20, vnr: 2_000_000_020),
        new DocumentCompleted(null),
    ];

    private static SourceRecord K(int n, string? bsn = null, long? vnr = null, string gemeente = "GM0405", string status = "GEKOPPELD", int? line = null) =>
        Coa.Koppeling(
            Id(n),
            bsn,
            vnr?.ToString(CultureInfo.InvariantCulture),
            gemeente,
            status: status,
            huisvestingsdatum: new DateOnly(2024, 2, 1).AddDays(n),
            line: line ?? n + 1);

    private static IEnumerable<SourceRecord> Range(int from, int count) =>
        Enumerable.Range(from, count).Select(n => Coa.Koppeling(Id(n), null, (2_100_000_000L + n).ToString(CultureInfo.InvariantCulture), line: n + 2));

    private static string Id(int n) => "K-" + n.ToString("D2", CultureInfo.InvariantCulture);

    private static (long, long, long, long, long, long) Counts(SyncRun run) =>
        (run.Read, run.Inserted, run.Updated, run.Unchanged, run.Deleted, run.Quarantined);

    /// <summary>Everything the runs stored, by content (person ids may differ between the two databases: persons by pseudonym).</summary>
    private static async Task<List<string>> ContentAsync(TestHubHost hub)
    {
        await using var db = hub.System();
        var persons = await db.Inburgeraars.AsNoTracking()
            .ToDictionaryAsync(i => i.Id, i => $"{i.Pseudoniem}/{i.VNummerPseudoniem}");
        var content = new List<string>();
        content.AddRange((await db.Inburgeraars.AsNoTracking().ToListAsync())
            .Select(i => $"person {persons[i.Id]} {i.GemeenteCode} {i.GemeentePrioriteit} {i.Geboortejaar}"));
        content.AddRange((await db.Koppelingen.AsNoTracking().ToListAsync())
            .Select(k => $"koppeling {k.SourceId} {persons[k.InburgeraarId]} {k.GemeenteCode} {k.Status} {k.IsDeleted} {k.ContentHash} {k.SourceLocation}"));
        content.AddRange((await db.QuarantineRecords.AsNoTracking().ToListAsync())
            .Select(q => $"quarantine {q.SourceId} {q.Location} {q.ReasonCode} {q.SeenCount} {q.Status}"));
        content.AddRange((await db.InburgeraarMijlpalen.AsNoTracking().ToListAsync())
            .Select(m => $"milestone {persons[m.InburgeraarId]} {m.GemeenteCode} {m.Datum:yyyy-MM-dd} {m.Cel} {(m.Sleutel == m.InburgeraarId ? "person" : "other")}"));
        content.AddRange((await db.MijlpaalGemeenten.AsNoTracking().ToListAsync())
            .Select(g => $"spread {persons[g.InburgeraarId]} {g.GemeenteCode}"));
        content.Sort(StringComparer.Ordinal);
        Assert.Contains(content, c => c.StartsWith("quarantine ", StringComparison.Ordinal));
        return content;
    }

    private async Task<(TestHubHost Hub, ScriptedConnector Connector)> StartAsync(int batchesInFlight, int batchSize, int rejectionThresholdMinimumRecords = 20)
    {
        var connector = new ScriptedConnector();
        var settings = new Dictionary<string, string?>
        {
            [$"Hub:Connectors:{ScriptedConnector.ConnectorName}:Settings:Inbox"] = Path.GetTempPath(),
            ["Hub:Sync:MaxWithdrawalShare"] = "1",
            ["Hub:Sync:BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
            ["Hub:Sync:BatchesInFlight"] = batchesInFlight.ToString(CultureInfo.InvariantCulture),
            ["Hub:Sync:RejectionThresholdMinimumRecords"] = rejectionThresholdMinimumRecords.ToString(CultureInfo.InvariantCulture),
        };
        var hub = await TestHubHost.OnPostgresAsync(await databases.CreateAsync(), [connector], settings);
        await using (var db = hub.System())
        {
            // Every commit that wrote koppelingen takes 50 ms per row at the server (a deferred constraint
            // trigger, run by COMMIT): the next batch is well under way while the one before it commits, as
            // it is with large batches, and whatever it did too early shows.
            await db.Database.ExecuteSqlRawAsync("""
                CREATE FUNCTION hub_test_slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.05); RETURN NULL; END $$;
                CREATE CONSTRAINT TRIGGER hub_test_slow_commit AFTER INSERT OR UPDATE ON koppelingen
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION hub_test_slow_commit();
                """);
        }

        return (hub, connector);
    }
}

using Inburgering.Hub.Connectors.Testing;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Operational;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using static Inburgering.Hub.Connectors.WerkSaam.Tests.Fixtures;

namespace Inburgering.Hub.Connectors.WerkSaam.Tests;

/// <summary>
/// The connector through the real engine against the fake API with faults: whatever happens on the
/// wire, the hub ends up holding exactly the server's data — nothing lost, nothing twice, tombstones
/// applied — and a run without changes changes nothing.
/// </summary>
[Trait("Category", "Integration")]
public sealed class EngineFaultTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "werksaam-tests", Guid.NewGuid().ToString("N"));
    private FakeTenant _tenant = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _tenant = (await FakeWerkSaam.Shared).Tenant(NewTenant()).WithExamples(tombstones: true).WithGenerated(8);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Sync_through_429_503_401_410_slow_pages_and_changes_ends_equal_to_the_server()
    {
        // 429 with Retry-After: 1 on the first page of intakes.
        _tenant.AddFault(r => r.Collection == WerkSaamConnector.Intakes && r.Cursor is null, FakeTenant.TooManyRequests(1));

        // 503 twice on a later page of uitkeringen (maintenance).
        _tenant.AddFault(r => r.Collection == WerkSaamConnector.Uitkeringen && r.Cursor is not null, FakeTenant.Status(503), times: 2);

        // A slow page beyond the attempt timeout (0.5 s), once.
        _tenant.AddFault(r => r.Collection == WerkSaamConnector.MapTrajecten && r.Cursor is not null, FakeTenant.Slow(TimeSpan.FromSeconds(3)));

        // Between pages: tokens expire (401), cursors expire (410), items change and are deleted.
        _tenant.OnPageServed = (collection, page) =>
        {
            if (collection == WerkSaamConnector.Ontzorgtrajecten && page == 2)
            {
                _tenant.ExpireTokens();
            }

            if (collection == WerkSaamConnector.MapTrajecten && page == 2)
            {
                _tenant.ExpireCursors();
            }

            if (collection == WerkSaamConnector.Participatie && page == 1)
            {
                _tenant.OnPageServed = null;
                _tenant.Change(WerkSaamConnector.Participatie, "W-000001", p => p["urenPerWeek"] = 24); // read on page 1, changes
                _tenant.Change(WerkSaamConnector.Participatie, "W-G008", p => p["soort"] = "BETAALDE_BAAN"); // not read yet, changes
                _tenant.Delete(WerkSaamConnector.Participatie, "W-000002"); // read on page 1, deleted
            }
        };

        await using var hub = await StartHubAsync();
        var started = DateTimeOffset.UtcNow;
        var run = await hub.RunAsync();

        Assert.True(run.Status == SyncRunStatus.Succeeded, $"Run ended {run.Status}: {run.Error}");
        await AssertHubEqualsServerAsync(hub);

        var log = _tenant.Log;
        Assert.Contains(log, r => r.Status == 429);
        var after429 = log.SkipWhile(r => r.Status != 429).Skip(1).First(r => r.Method == "GET");
        Assert.True(after429.At - log.First(r => r.Status == 429).At >= TimeSpan.FromSeconds(0.9), "Retry-After: 1 was not honoured.");
        Assert.Equal(2, log.Count(r => r.Status == 503));
        await using (var db = hub.System())
        {
            // Each retried page is an event of the run, with what was answered and how often.
            var retried = await db.SyncRunEvents.Where(e => e.RunId == run.Id && e.Kind == "RETRIED").Select(e => new { e.Message, e.Count }).ToListAsync();
            Assert.Contains(retried, e => e.Message.StartsWith("Stream intakes: WerkSaam answered 429 ×1 to GET ", StringComparison.Ordinal) && e.Count == 1);
            Assert.Contains(retried, e => e.Message.StartsWith("Stream uitkeringen: WerkSaam answered 503 ×2 to GET ", StringComparison.Ordinal) && e.Count == 2);
            Assert.Contains(retried, e => e.Message.Contains("timeout ×1", StringComparison.Ordinal));
        }

        Assert.Contains(log, r => r.Status == 401);
        Assert.True(_tenant.TokensIssued >= 2, "No new token was fetched after the 401.");
        Assert.Contains(log, r => r.Status == 410);
        var restart = log.SkipWhile(r => r.Status != 410).Skip(1).First();
        Assert.DoesNotContain("cursor=", restart.Query, StringComparison.Ordinal);
        Assert.Contains("gewijzigdSinds=", restart.Query, StringComparison.Ordinal);

        // The changed items came again with a later gewijzigdOp: the last version won.
        await using (var db = hub.System())
        {
            var w1 = await db.Set<Participatieactiviteit>().SingleAsync(p => p.SourceId == "W-000001");
            Assert.Equal(24m, w1.UrenPerWeek);
            var g8 = await db.Set<Participatieactiviteit>().SingleAsync(p => p.SourceId == "W-G008");
            Assert.Equal(ParticipatieSoort.BetaaldeBaan, g8.Soort);
            Assert.True((await db.Set<Participatieactiviteit>().IgnoreQueryFilters().SingleAsync(p => p.SourceId == "W-000002")).IsDeleted);
        }

        // A run without changes inserts, updates and deletes nothing.
        var second = await hub.RunAsync();
        Assert.Equal(SyncRunStatus.Succeeded, second.Status);
        Assert.Equal(0, second.Inserted);
        Assert.Equal(0, second.Updated);
        Assert.Equal(0, second.Deleted);
        Assert.Equal(0, second.Quarantined);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_page_whose_next_cursor_is_its_own_fails_the_stream_after_one_repeat_and_keeps_what_was_committed()
    {
        _tenant.AddFault(
            r => r.Collection == WerkSaamConnector.Intakes && r.Cursor is not null,
            async context =>
            {
                var cursor = context.Request.Query["cursor"].ToString();
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync($"{{\"items\":[],\"nextCursor\":\"{cursor}\"}}");
                return true;
            },
            times: int.MaxValue);
        await using var hub = await StartHubAsync();

        var run = await hub.RunAsync();

        Assert.Equal(SyncRunStatus.Failed, run.Status);
        Assert.Contains("again", run.Error, StringComparison.Ordinal);
        Assert.Contains("no progress", run.Error, StringComparison.Ordinal);
        Assert.Single(_tenant.Log, r => r.Collection == WerkSaamConnector.Intakes && r.Query.Contains("cursor=", StringComparison.Ordinal));
        await using var db = hub.System();
        Assert.Equal(3, await db.Set<BredeIntake>().CountAsync()); // page 1 committed
    }

    [Fact]
    public async Task A_permanent_500_after_page_2_fails_the_run_and_the_next_run_completes_from_the_committed_page()
    {
        var pages = 0;
        _tenant.AddFault(
            r => r.Collection == WerkSaamConnector.Intakes && r.Cursor is not null && ++pages > 1,
            FakeTenant.Status(500),
            times: int.MaxValue);
        await using var hub = await StartHubAsync();

        var failed = await hub.RunAsync();

        Assert.Equal(SyncRunStatus.Failed, failed.Status);
        Assert.Contains("500", failed.Error, StringComparison.Ordinal);
        Assert.Contains("intakes", failed.Error, StringComparison.Ordinal);
        await using (var db = hub.System())
        {
            Assert.Equal(6, await db.Set<BredeIntake>().CountAsync()); // pages 1 and 2 (3 items each) committed
            var state = await db.ConnectorStates.SingleAsync(s => s.Connector == WerkSaamConnector.Name && s.Stream == WerkSaamConnector.Intakes);
            Assert.Contains("\"cursor\":\"c", state.State, StringComparison.Ordinal);
        }

        ClearFaults();
        var resumed = await hub.RunAsync();

        Assert.True(resumed.Status == SyncRunStatus.Succeeded, $"Resumed run ended {resumed.Status}: {resumed.Error}");
        Assert.Equal(0, resumed.Updated);
        Assert.Contains(_tenant.Log.Where(r => r.Collection == WerkSaamConnector.Intakes).Reverse().Skip(1), r => r.Query.Contains("cursor=", StringComparison.Ordinal));
        await AssertHubEqualsServerAsync(hub);
    }

    [Fact]
    public async Task A_cancelled_run_resumes_and_an_expired_cursor_restarts_from_the_watermark()
    {
        using var cancel = new CancellationTokenSource();
        _tenant.OnPageServed = (collection, page) =>
        {
            if (collection == WerkSaamConnector.Uitkeringen && page == 3)
            {
                cancel.Cancel();
            }
        };
        await using var hub = await StartHubAsync();

        var cancelled = await hub.RunAsync(cancel.Token);

        Assert.Equal(SyncRunStatus.Cancelled, cancelled.Status);
        _tenant.OnPageServed = null;
        _tenant.ExpireCursors(); // the saved cursor is older than 15 minutes by the time the next run comes
        var resumed = await hub.RunAsync();

        Assert.True(resumed.Status == SyncRunStatus.Succeeded, $"Resumed run ended {resumed.Status}: {resumed.Error}");
        Assert.Contains(_tenant.Log, r => r.Collection == WerkSaamConnector.Uitkeringen && r.Status == 410);
        await using (var db = hub.System())
        {
            var restarted = await db.SyncRunEvents.SingleAsync(e => e.RunId == resumed.Id && e.Kind == "CURSOR_RESTARTED");
            Assert.Contains("410 Gone", restarted.Message, StringComparison.Ordinal);
            Assert.Contains(WerkSaamConnector.Uitkeringen, restarted.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, resumed.Updated);
        await AssertHubEqualsServerAsync(hub);
        var again = await hub.RunAsync();
        Assert.Equal(0, again.Inserted + again.Updated + again.Deleted);
    }

    [Fact]
    public async Task Later_changes_arrive_in_the_next_run_only()
    {
        await using var hub = await StartHubAsync();
        await hub.RunAsync();

        _tenant.Change(WerkSaamConnector.Ontzorgtrajecten, "O-000001", o => o["verlengdTot"] = "2023-12-17");
        _tenant.Put(WerkSaamConnector.MapTrajecten, Map("P-NEW", "174681458", "GM0498", themas: 8, resultaat: "AFGEROND", uren: 44));
        _tenant.Delete(WerkSaamConnector.Intakes, "I-000003");
        var run = await hub.RunAsync();

        Assert.Equal(SyncRunStatus.Succeeded, run.Status);
        Assert.Equal(1, run.Inserted);
        Assert.Equal(1, run.Updated);
        Assert.Equal(1, run.Deleted);
        await AssertHubEqualsServerAsync(hub);
        await using var db = hub.System();
        var o1 = await db.Set<Ontzorgtraject>().SingleAsync(o => o.SourceId == "O-000001");
        Assert.Equal(new DateOnly(2023, 12, 17), o1.VerlengdTot);
        Assert.Equal(OntzorgPost.Huur | OntzorgPost.Zorgverzekering | OntzorgPost.Energie, o1.Posten);
    }

    private void ClearFaults()
    {
        // Faults are consumed by count; the permanent one is disarmed by matching nothing from now on.
        _tenant.DisarmFaults();
    }

    private Task<TestHub> StartHubAsync() =>
        TestHub.StartAsync(new WerkSaamConnector(), Settings(_tenant), FixtureGemeente.Westfriesland, Path.Combine(_root, $"{Guid.NewGuid():N}.db"));

    /// <summary>Per stream, the hub's live rows are exactly the server's live items, each once.</summary>
    private async Task AssertHubEqualsServerAsync(TestHub hub)
    {
        var live = await hub.LiveSourceIdsAsync();
        foreach (var stream in Streams)
        {
            var expected = _tenant.Live(stream).Keys.Order(StringComparer.Ordinal).ToList();
            var actual = (live.GetValueOrDefault(stream) ?? []).Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{stream}: server has [{string.Join(", ", expected)}], hub has [{string.Join(", ", actual)}].");
        }

        await using var db = hub.System();
        foreach (var (id, item) in _tenant.Live(WerkSaamConnector.Participatie))
        {
            var row = await db.Set<Participatieactiviteit>().SingleAsync(p => p.SourceId == id);
            Assert.Equal(item["urenPerWeek"]!.GetValue<decimal>(), row.UrenPerWeek);
            Assert.Equal(item["soort"]!.GetValue<string>(), Domain.Values.CodeList<ParticipatieSoort>.ToCode(row.Soort));
        }

        foreach (var (id, item) in _tenant.Live(WerkSaamConnector.Intakes))
        {
            var row = await db.Set<BredeIntake>().SingleAsync(p => p.SourceId == id);
            Assert.Equal(item["pipDagtekening"]?.GetValue<string>(), row.PipDagtekening?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Empty(await db.QuarantineRecords.ToListAsync());
    }
}

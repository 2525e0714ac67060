using System.Runtime.CompilerServices;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tests.Engine;

[Trait("Category", "Integration")]
public sealed class CrashSafetyTests
{
    [Fact]
    public async Task A_connector_that_throws_mid_stream_fails_the_run_but_keeps_the_completed_document()
    {
        await using var hub = await HubTestHost.StartAsync();
        hub.Connector.Script(ScriptedConnector.Snapshot, (_, ct) => CrashAfterOneDocument(ct));

        var run = await hub.RunAsync();

        Assert.Equal(SyncRunStatus.Failed, run.Status);
        Assert.NotNull(run.Error);
        Assert.Contains("disk on fire", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(TestBsns.C, run.Error, StringComparison.Ordinal);
        Assert.NotNull(run.EndedAt);
        Assert.Equal(2, run.Inserted);

        await using var db = hub.System();
        var stored = await db.SyncRuns.SingleAsync(r => r.Id == run.Id);
        Assert.Equal(SyncRunStatus.Failed, stored.Status);
        Assert.Equal(run.Error, stored.Error);
        Assert.Equal(["K-1", "K-2"], await db.Koppelingen.OrderBy(k => k.SourceId).Select(k => k.SourceId).ToListAsync());
        Assert.Equal(2, await db.Inburgeraars.CountAsync());
        var state = await db.ConnectorStates.SingleAsync(s => s.Stream == ScriptedConnector.Snapshot);
        Assert.Equal("doc-1", state.State);
        Assert.Equal(run.Id, state.UpdatedByRunId);

        // The next run resumes from the state of the last committed document.
        hub.Connector.Script(ScriptedConnector.Snapshot, Coa.Document("doc-2", Coa.Koppeling("K-1", TestBsns.A), Coa.Koppeling("K-2", TestBsns.B), Coa.Koppeling("K-3", TestBsns.C)));
        var resumed = await hub.RunAsync();
        Assert.Equal(SyncRunStatus.Succeeded, resumed.Status);
        Assert.Equal("doc-1", hub.Connector.Requests.Last(r => r.Stream == ScriptedConnector.Snapshot).State);
        Assert.Equal(1, resumed.Inserted);
        Assert.Equal(2, resumed.Unchanged);
    }

    [Fact]
    public async Task A_stream_that_ends_inside_a_document_fails_and_applies_nothing_of_it()
    {
        await using var hub = await HubTestHost.StartAsync();
        hub.Connector.Script(ScriptedConnector.Snapshot, [Coa.Start("half.csv"), Coa.Koppeling("K-1", TestBsns.A)]);

        var run = await hub.RunAsync();

        Assert.Equal(SyncRunStatus.Failed, run.Status);
        Assert.Contains("without completing its document", run.Error, StringComparison.Ordinal);
        await using var db = hub.System();
        Assert.Equal(0, await db.Koppelingen.CountAsync());
        Assert.Equal(0, await db.Inburgeraars.CountAsync());
        Assert.Equal(0, await db.ConnectorStates.CountAsync());
    }

    [Fact]
    public async Task Cancellation_ends_the_run_as_cancelled_and_keeps_what_was_committed()
    {
        await using var hub = await HubTestHost.StartAsync();
        using var cts = new CancellationTokenSource();
        hub.Connector.Script(ScriptedConnector.Snapshot, (_, ct) => CancelAfterOneDocument(cts, ct));

        var run = await hub.RunAsync(cts.Token);

        Assert.Equal(SyncRunStatus.Cancelled, run.Status);
        Assert.NotNull(run.Error);
        Assert.NotNull(run.EndedAt);
        await using var db = hub.System();
        Assert.Equal(SyncRunStatus.Cancelled, (await db.SyncRuns.SingleAsync(r => r.Id == run.Id)).Status);
        Assert.Equal(["K-1"], await db.Koppelingen.Select(k => k.SourceId).ToListAsync());
        Assert.Equal("doc-1", (await db.ConnectorStates.SingleAsync()).State);

        // The engine is free for the next run.
        var next = await hub.RunAsync();
        Assert.Equal(SyncRunStatus.Succeeded, next.Status);
    }

    private static async IAsyncEnumerable<SourceMessage> CrashAfterOneDocument([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var message in Coa.Document("doc-1", Coa.Koppeling("K-1", TestBsns.A), Coa.Koppeling("K-2", TestBsns.B)))
        {
            yield return message;
        }

        cancellationToken.ThrowIfCancellationRequested();
        yield return Coa.Start("doc-2");
        yield return Coa.Koppeling("K-3", TestBsns.C);
        yield return Coa.Koppeling("K-4", TestBsns.D);
        throw new IOException($"disk on fire while reading line 4 ({TestBsns.C})");
    }

    private static async IAsyncEnumerable<SourceMessage> CancelAfterOneDocument(CancellationTokenSource cts, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var message in Coa.Document("doc-1", Coa.Koppeling("K-1", TestBsns.A)))
        {
            yield return message;
        }

        yield return Coa.Start("doc-2");
        yield return Coa.Koppeling("K-2", TestBsns.B);
        await cts.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        yield return new DocumentCompleted("doc-2");
    }
}

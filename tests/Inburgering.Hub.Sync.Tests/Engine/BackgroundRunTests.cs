using System.Runtime.CompilerServices;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tests.Engine;

[Trait("Category", "Integration")]
public sealed class BackgroundRunTests
{
    [Fact]
    public async Task A_started_run_shows_as_running_and_a_graceful_stop_rolls_back_its_open_batch()
    {
        await using var hub = await HubTestHost.StartAsync();
        var reading = new TaskCompletionSource();
        hub.Connector.Script(ScriptedConnector.Snapshot, (_, ct) => Hang(reading, ct));

        var started = await hub.Engine.StartAsync(ScriptedConnector.ConnectorName, SyncTrigger.Manual);
        await reading.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(SyncRunStatus.Running, started.Status);
        Assert.Contains(ScriptedConnector.ConnectorName, hub.Engine.Running);
        await hub.Engine.StopAsync(CancellationToken.None);

        Assert.Empty(hub.Engine.Running);
        await using var db = hub.System();
        var run = await db.SyncRuns.SingleAsync();
        Assert.Equal(SyncRunStatus.Cancelled, run.Status);
        Assert.NotNull(run.EndedAt);
        Assert.Equal(0, await db.Koppelingen.CountAsync());
    }

    private static async IAsyncEnumerable<SourceMessage> Hang(TaskCompletionSource reading, [EnumeratorCancellation] CancellationToken ct)
    {
        yield return Coa.Start("week-1.csv");
        yield return Coa.Koppeling("K-1", TestBsns.A);
        reading.TrySetResult();
        await Task.Delay(Timeout.Infinite, ct);
        yield return new DocumentCompleted("never");
    }
}

using System.Runtime.CompilerServices;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Engine;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tests.Engine;

[Trait("Category", "Integration")]
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task A_second_run_of_the_same_connector_while_one_is_running_is_refused()
    {
        await using var hub = await HubTestHost.StartAsync();
        var reading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Connector.Script(ScriptedConnector.Snapshot, (_, ct) => Blocking(reading, release, ct));

        var first = hub.RunAsync();
        await reading.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var ex = await Assert.ThrowsAsync<SyncAlreadyRunningException>(() => hub.RunAsync());
        Assert.Contains(ScriptedConnector.ConnectorName, ex.Message, StringComparison.Ordinal);

        release.SetResult();
        var run = await first.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(SyncRunStatus.Succeeded, run.Status);
        Assert.Equal(1, run.Inserted);

        await using (var db = hub.System())
        {
            Assert.Equal(1, await db.SyncRuns.CountAsync());
        }

        // Once the first run ended, the connector can run again.
        var second = await hub.RunAsync();
        Assert.Equal(SyncRunStatus.Succeeded, second.Status);
    }

    [Fact]
    public async Task An_unknown_connector_is_refused()
    {
        await using var hub = await HubTestHost.StartAsync();

        await Assert.ThrowsAsync<UnknownConnectorException>(() => hub.Engine.RunAsync("nope", SyncTrigger.Manual, CancellationToken.None));
    }

    private static async IAsyncEnumerable<SourceMessage> Blocking(TaskCompletionSource reading, TaskCompletionSource release, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return Coa.Start("doc-1");
        reading.SetResult();
        await release.Task.WaitAsync(cancellationToken);
        yield return Coa.Koppeling("K-1", TestBsns.A);
        yield return new DocumentCompleted("doc-1");
    }
}

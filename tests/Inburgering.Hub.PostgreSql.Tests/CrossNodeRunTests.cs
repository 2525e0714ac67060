using System.Runtime.CompilerServices;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.PostgreSql.Tests.Support;
using Inburgering.Hub.Sync.Engine;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.PostgreSql.Tests;

/// <summary>Two hub nodes on one PostgreSQL database never run the same connector at once, however the run was started.</summary>
public sealed class CrossNodeRunTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    [PostgresFact]
    public async Task A_run_on_another_node_while_one_is_running_is_refused_and_allowed_once_it_ended()
    {
        var connectionString = await databases.CreateAsync();
        var settings = new Dictionary<string, string?> { [$"Hub:Connectors:{ScriptedConnector.ConnectorName}:Settings:Inbox"] = Path.GetTempPath() };
        var connectorA = new ScriptedConnector();
        var connectorB = new ScriptedConnector();
        await using var nodeA = await TestHubHost.OnPostgresAsync(connectionString, [connectorA], settings);
        await using var nodeB = await TestHubHost.OnPostgresAsync(connectionString, [connectorB], settings);
        var reading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connectorA.Script(ScriptedConnector.Snapshot, (_, ct) => Blocking(reading, release, ct));

        var first = nodeA.RunAsync(ScriptedConnector.ConnectorName);
        await reading.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var refused = await Assert.ThrowsAsync<SyncAlreadyRunningException>(() => nodeB.RunAsync(ScriptedConnector.ConnectorName));
        Assert.Contains("on another node", refused.Message, StringComparison.Ordinal);
        Assert.Empty(nodeB.Engine.Running);

        release.SetResult();
        var run = await first.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(SyncRunStatus.Succeeded, run.Status);

        connectorB.Script(ScriptedConnector.Snapshot, Coa.Document("doc-2", Coa.Koppeling("K-1", TestBsns.A), Coa.Koppeling("K-2", TestBsns.B)));
        var second = await nodeB.RunAsync(ScriptedConnector.ConnectorName);
        Assert.Equal(SyncRunStatus.Succeeded, second.Status);
        Assert.Equal((1, 1), (second.Inserted, second.Unchanged));
        await using var db = nodeA.System();
        Assert.Equal(2, await db.SyncRuns.CountAsync());
    }

    [PostgresFact]
    public async Task A_run_left_running_by_a_dead_node_is_closed_as_abandoned_by_the_next_run_on_another_node()
    {
        var connectionString = await databases.CreateAsync();
        var settings = new Dictionary<string, string?> { [$"Hub:Connectors:{ScriptedConnector.ConnectorName}:Settings:Inbox"] = Path.GetTempPath() };
        var connector = new ScriptedConnector();
        await using var node = await TestHubHost.OnPostgresAsync(connectionString, [connector], settings);
        await using (var db = node.System())
        {
            // What a node that died mid-run leaves behind: its run row, and no session holding the lock.
            db.SyncRuns.Add(new SyncRun { Connector = ScriptedConnector.ConnectorName, ConnectorVersion = "1.0.0", Status = SyncRunStatus.Running, StartedAt = DateTimeOffset.UtcNow.AddMinutes(-5) });
            await db.SaveChangesAsync();
        }

        connector.Script(ScriptedConnector.Snapshot, Coa.Document("doc-1", Coa.Koppeling("K-1", TestBsns.A)));
        var run = await node.RunAsync(ScriptedConnector.ConnectorName);

        Assert.Equal(SyncRunStatus.Succeeded, run.Status);
        await using var check = node.System();
        var orphan = await check.SyncRuns.OrderBy(r => r.Id).FirstAsync();
        Assert.Equal(SyncRunStatus.Abandoned, orphan.Status);
        Assert.Equal(AbandonedRuns.Explanation, orphan.Error);
        Assert.NotNull(orphan.EndedAt);
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

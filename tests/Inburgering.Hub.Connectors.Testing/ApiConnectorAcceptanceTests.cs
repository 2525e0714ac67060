using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Operational;
using Xunit;

namespace Inburgering.Hub.Connectors.Testing;

/// <summary>
/// The acceptance tests of a connector that pages through an API, on top of every connector's: paging
/// that makes no progress (a page whose next cursor is the one just used) fails the run within a bound,
/// and every page committed before it stays.
/// </summary>
/// <typeparam name="TConnector">The connector under test.</typeparam>
public abstract class ApiConnectorAcceptanceTests<TConnector> : ConnectorAcceptanceTests<TConnector>
    where TConnector : IConnector
{
    /// <summary>
    /// The good fixture, except that a later page of <see cref="NoProgressStream"/> names as its next
    /// cursor the cursor it was asked with, forever.
    /// </summary>
    protected abstract ConnectorSettings PrepareNoProgressPaging(string folder);

    /// <summary>The stream whose paging makes no progress in <see cref="PrepareNoProgressPaging"/>.</summary>
    protected abstract string NoProgressStream { get; }

    /// <summary>Source ids of <see cref="NoProgressStream"/> on the pages before the loop, which must stay committed.</summary>
    protected abstract IReadOnlyList<string> CommittedBeforeTheLoop { get; }

    [Fact]
    public async Task Paging_that_makes_no_progress_fails_the_run_and_keeps_what_was_committed()
    {
        await using var hub = await StartHubAsync(PrepareNoProgressPaging(NewFolder("no-progress")));

        var run = await hub.RunAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(run.Status == SyncRunStatus.Failed, $"Run ended {run.Status} ({run.Error}); paging without progress must fail the run.");
        Assert.Contains("no progress", run.Error, StringComparison.Ordinal);
        var live = await hub.LiveSourceIdsAsync();
        Assert.All(CommittedBeforeTheLoop, id => Assert.True(
            live.GetValueOrDefault(NoProgressStream)?.Contains(id) == true, $"{NoProgressStream} {id}, committed before the loop, is gone."));
    }
}

using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tests.Engine;

[Trait("Category", "Integration")]
public sealed class RejectionThresholdTests
{
    [Fact]
    public async Task A_batch_with_more_rejections_than_the_threshold_fails_the_run_and_applies_nothing()
    {
        await using var hub = await HubTestHost.StartAsync();
        var messages = new List<Connectors.Abstractions.SourceMessage>();
        for (var i = 0; i < 10; i++)
        {
            messages.Add(Coa.Koppeling($"K-OK-{i}", TestBsns.A, vNummer: $"10000000{i:00}", line: i + 2));
        }

        for (var i = 0; i < 15; i++)
        {
            messages.Add(Coa.Koppeling($"K-BAD-{i}", "565845756", line: i + 12));
        }

        var run = await hub.RunSnapshotAsync(Coa.Document("week-1.csv", [.. messages]));

        Assert.Equal(SyncRunStatus.Failed, run.Status);
        Assert.Contains("threshold", run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("565845756", run.Error, StringComparison.Ordinal);
        await using var db = hub.System();
        Assert.Equal(0, await db.Koppelingen.CountAsync());
        Assert.Equal(0, await db.Inburgeraars.CountAsync());
        Assert.Equal(0, await db.QuarantineRecords.CountAsync());
        Assert.Equal(0, await db.ConnectorStates.CountAsync());
    }

    [Fact]
    public async Task Rejections_at_or_below_the_threshold_are_quarantined_and_the_rest_loads()
    {
        await using var hub = await HubTestHost.StartAsync();
        var messages = new List<Connectors.Abstractions.SourceMessage>();
        for (var i = 0; i < 15; i++)
        {
            messages.Add(Coa.Koppeling($"K-OK-{i}", null, vNummer: $"10000000{i:00}", line: i + 2));
        }

        for (var i = 0; i < 10; i++)
        {
            messages.Add(Coa.Koppeling($"K-BAD-{i}", "565845756", line: i + 17));
        }

        var run = await hub.RunSnapshotAsync(Coa.Document("week-1.csv", [.. messages]));

        Assert.Equal(SyncRunStatus.PartiallySucceeded, run.Status);
        Assert.Equal(15, run.Inserted);
        Assert.Equal(10, run.Quarantined);
    }
}

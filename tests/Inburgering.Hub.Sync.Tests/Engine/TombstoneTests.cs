using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tests.Engine;

[Trait("Category", "Integration")]
public sealed class TombstoneTests
{
    [Fact]
    public async Task Incremental_documents_never_withdraw_and_a_tombstone_deletes_one_record()
    {
        await using var hub = await HubTestHost.StartAsync();
        hub.Connector.Script(ScriptedConnector.Incremental, Coa.Document(
            "page-1",
            Coa.Koppeling("M-1", TestBsns.A),
            Coa.Koppeling("M-2", TestBsns.B)));
        var first = await hub.RunAsync();
        Assert.Equal(2, first.Inserted);

        hub.Connector.Script(ScriptedConnector.Incremental, Coa.Document(
            "page-2",
            Coa.Koppeling("M-3", TestBsns.C),
            new SourceTombstone("M-1", "item M-1"),
            new SourceTombstone("M-404", "item M-404")));
        var second = await hub.RunAsync();

        Assert.Equal(SyncRunStatus.Succeeded, second.Status);
        Assert.Equal(1, second.Inserted);
        Assert.Equal(1, second.Deleted);
        Assert.Equal(3, second.Read);

        await using var db = hub.System();
        var rows = await db.Koppelingen.OrderBy(k => k.SourceId).ToListAsync();
        Assert.Equal(["M-1", "M-2", "M-3"], rows.Select(k => k.SourceId));
        Assert.Equal([true, false, false], rows.Select(k => k.IsDeleted));
        Assert.Equal(second.Id, rows[0].DeletedRunId);
        Assert.All(rows, k => Assert.Equal(ScriptedConnector.Incremental, k.SourceStream));
    }
}

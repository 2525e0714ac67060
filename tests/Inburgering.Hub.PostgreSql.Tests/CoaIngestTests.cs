using System.Text;
using Inburgering.Hub.Connectors.Coa;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.PostgreSql.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.PostgreSql.Tests;

/// <summary>The COA contract fixture through the engine on PostgreSQL: loaded once, and idempotent on a second run and on redelivery.</summary>
public sealed class CoaIngestTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    static CoaIngestTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [PostgresFact]
    public async Task The_contract_fixture_loads_and_reingesting_it_is_idempotent()
    {
        var folder = Path.Combine(Path.GetTempPath(), "inburgering-hub-postgresql-tests", Guid.NewGuid().ToString("N"));
        await using var hub = await TestHubHost.OnPostgresAsync(await databases.CreateAsync(), [new CoaConnector()], CoaFixture.Inbox(folder));

        var first = await hub.RunAsync("coa");

        Assert.True(first.Status is SyncRunStatus.Succeeded or SyncRunStatus.PartiallySucceeded, $"Run ended {first.Status}: {first.Error}");
        Assert.Equal(CoaFixture.ExpectedInserted, first.Inserted);
        Assert.Equal(CoaFixture.ExpectedQuarantined, first.Quarantined);
        await using (var db = hub.System())
        {
            Assert.Equal(12, await db.Koppelingen.CountAsync(k => !k.IsDeleted));
            Assert.Equal(6, await db.Taakstellingen.CountAsync(t => !t.IsDeleted));
            Assert.Equal(12, await db.Inburgeraars.CountAsync());
            Assert.Equal(2, await db.QuarantineRecords.CountAsync());
            Assert.NotEmpty(await db.ConnectorStates.Where(s => s.Connector == "coa").ToListAsync());
        }

        var second = await hub.RunAsync("coa");

        Assert.True(second.Status is SyncRunStatus.Succeeded or SyncRunStatus.PartiallySucceeded, $"Second run ended {second.Status}: {second.Error}");
        Assert.Equal((0, 0, 0), (second.Inserted, second.Updated, second.Deleted));

        hub.Configuration["Hub:Connectors:coa:Settings:InboxPath"] = CoaFixture.Inbox(folder)["Hub:Connectors:coa:Settings:InboxPath"];
        await using (var db = hub.System())
        {
            await db.ConnectorStates.Where(s => s.Connector == "coa").ExecuteDeleteAsync();
        }

        var redelivered = await hub.RunAsync("coa");

        Assert.True(redelivered.Status is SyncRunStatus.Succeeded or SyncRunStatus.PartiallySucceeded, $"Redelivery ended {redelivered.Status}: {redelivered.Error}");
        Assert.Equal((0, 0, 0), (redelivered.Inserted, redelivered.Updated, redelivered.Deleted));
        await using (var db = hub.System())
        {
            // The same files (name and SHA-256) are skipped as byte-identical re-deliveries, and say so.
            Assert.NotEmpty(await db.SyncRunEvents.Where(e => e.RunId == redelivered.Id && e.Kind == SyncRunEventKinds.SkippedRedelivery).ToListAsync());
            Assert.Equal(2, await db.QuarantineRecords.CountAsync());
            Assert.Equal(12, await db.Koppelingen.CountAsync());
            Assert.Equal(6, await db.Taakstellingen.CountAsync());
            Assert.Equal(12, await db.Inburgeraars.CountAsync());
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

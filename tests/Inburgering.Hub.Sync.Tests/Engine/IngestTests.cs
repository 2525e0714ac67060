using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tests.Engine;

[Trait("Category", "Integration")]
public sealed class IngestTests
{
    private static List<Inburgering.Hub.Connectors.Abstractions.SourceMessage> ThreeKoppelingen(string name) =>
        Coa.Document(
            name,
            Coa.Koppeling("K-1", TestBsns.A, "1234567890", "GM0405", geboortejaar: 1994, herkomstland: "SYR", line: 2),
            Coa.Koppeling("K-2", TestBsns.B, null, "GM0388", gezinsrol: "PARTNER", geboortejaar: 1990, herkomstland: "ERI", line: 3),
            Coa.Koppeling("K-3", TestBsns.C, "1234567892", "GM0532", gezinsrol: "KIND", geboortejaar: 2016, herkomstland: "AFG", line: 4));

    [Fact]
    public async Task Ingest_inserts_koppelingen_and_creates_pseudonymised_persons()
    {
        await using var hub = await HubTestHost.StartAsync();

        var run = await hub.RunSnapshotAsync(ThreeKoppelingen("coa-koppelingen-20240101.csv"));

        Assert.Equal(SyncRunStatus.Succeeded, run.Status);
        Assert.Null(run.Error);
        Assert.Equal(3, run.Read);
        Assert.Equal(3, run.Inserted);
        Assert.Equal(0, run.Updated);
        Assert.Equal(0, run.Unchanged);
        Assert.Equal(0, run.Deleted);
        Assert.Equal(0, run.Quarantined);

        await using var db = hub.System();
        var person = await db.Inburgeraars.SingleAsync(i => i.Pseudoniem == hub.Pseudonymizer.ForBsn(TestBsns.A));
        Assert.Equal(hub.Pseudonymizer.ForVNummer("1234567890"), person.VNummerPseudoniem);
        Assert.Equal(1994, person.Geboortejaar);
        Assert.Equal("SYR", person.Herkomstland);
        Assert.Equal("GM0405", person.GemeenteCode);
        Assert.Equal(GemeentePrioriteit.CoaKoppeling, person.GemeentePrioriteit);
        Assert.Equal(run.Id, person.FirstSeenRunId);

        var koppeling = await db.Koppelingen.SingleAsync(k => k.SourceId == "K-1");
        Assert.Equal(person.Id, koppeling.InburgeraarId);
        Assert.Equal("GM0405", koppeling.GemeenteCode);
        Assert.Equal(ScriptedConnector.ConnectorName, koppeling.SourceConnector);
        Assert.Equal(ScriptedConnector.Snapshot, koppeling.SourceStream);
        Assert.Equal(Gezinsrol.Hoofdpersoon, koppeling.Gezinsrol);
        Assert.Equal(KoppelingStatus.Gekoppeld, koppeling.Status);
        Assert.Equal(new DateOnly(2024, 1, 15), koppeling.Koppeldatum);
        Assert.Equal("line 2", koppeling.SourceLocation);
        Assert.Equal(run.Id, koppeling.FirstSeenRunId);
        Assert.Equal(run.Id, koppeling.LastChangedRunId);
        Assert.False(koppeling.IsDeleted);
        Assert.Matches("^[0-9a-f]{64}$", koppeling.ContentHash);

        var file = await db.SourceFiles.SingleAsync();
        Assert.Equal("coa-koppelingen-20240101.csv", file.Name);
        Assert.Equal(file.Id, koppeling.SourceFileId);
        Assert.Equal(file.Id, koppeling.LastSeenFileId);

        var partner = await db.Koppelingen.Include(k => k.Inburgeraar).SingleAsync(k => k.SourceId == "K-2");
        Assert.Equal(Gezinsrol.Partner, partner.Gezinsrol);
        Assert.Equal("GM0388", partner.Inburgeraar!.GemeenteCode);
        Assert.Null(partner.Inburgeraar.VNummerPseudoniem);
        Assert.Equal("ERI", partner.Inburgeraar.Herkomstland);

        Assert.Equal(3, await db.Inburgeraars.CountAsync());
        Assert.Equal(7, await db.Gemeenten.CountAsync(g => g.Regio == "Westfriesland"));

        var state = await db.ConnectorStates.SingleAsync(s => s.Stream == ScriptedConnector.Snapshot);
        Assert.Equal("coa-koppelingen-20240101.csv", state.State);
        Assert.Equal(run.Id, state.UpdatedByRunId);
    }

    [Fact]
    public async Task The_next_run_reads_from_the_committed_state()
    {
        await using var hub = await HubTestHost.StartAsync();
        await hub.RunSnapshotAsync(ThreeKoppelingen("week-1.csv"));

        await hub.RunAsync();

        var requests = hub.Connector.Requests.Where(r => r.Stream == ScriptedConnector.Snapshot).ToList();
        Assert.Equal(2, requests.Count);
        Assert.Null(requests[0].State);
        Assert.Equal("week-1.csv", requests[1].State);
        Assert.Equal(hub.Connector.Requests.First().Settings.Get("Inbox"), requests[1].Settings.Get("Inbox"));
    }

    [Fact]
    public async Task The_same_document_twice_changes_nothing()
    {
        await using var hub = await HubTestHost.StartAsync();
        var first = await hub.RunSnapshotAsync(ThreeKoppelingen("week-1.csv"));

        var second = await hub.RunSnapshotAsync(ThreeKoppelingen("week-1-again.csv"));

        Assert.Equal(SyncRunStatus.Succeeded, second.Status);
        Assert.Equal(0, second.Inserted);
        Assert.Equal(0, second.Updated);
        Assert.Equal(3, second.Unchanged);
        Assert.Equal(0, second.Deleted);
        Assert.NotEqual(first.Id, second.Id);

        await using var db = hub.System();
        var koppelingen = await db.Koppelingen.ToListAsync();
        Assert.Equal(3, koppelingen.Count);
        Assert.All(koppelingen, k =>
        {
            Assert.Equal(first.Id, k.FirstSeenRunId);
            Assert.Equal(first.Id, k.LastChangedRunId);
            Assert.False(k.IsDeleted);
        });
        var persons = await db.Inburgeraars.ToListAsync();
        Assert.Equal(3, persons.Count);
        Assert.All(persons, p => Assert.Equal(first.Id, p.LastChangedRunId));
    }

    [Fact]
    public async Task A_changed_record_is_updated_in_place()
    {
        await using var hub = await HubTestHost.StartAsync();
        var first = await hub.RunSnapshotAsync(ThreeKoppelingen("week-1.csv"));
        long id;
        await using (var db = hub.System())
        {
            id = (await db.Koppelingen.SingleAsync(k => k.SourceId == "K-1")).Id;
        }

        var second = await hub.RunSnapshotAsync(Coa.Document(
            "week-2.csv",
            Coa.Koppeling("K-1", TestBsns.A, "1234567890", "GM0405", status: "GEHUISVEST", huisvestingsdatum: new DateOnly(2024, 3, 1), geboortejaar: 1994, herkomstland: "SYR", line: 2),
            Coa.Koppeling("K-2", TestBsns.B, null, "GM0388", gezinsrol: "PARTNER", geboortejaar: 1990, herkomstland: "ERI", line: 3),
            Coa.Koppeling("K-3", TestBsns.C, "1234567892", "GM0532", gezinsrol: "KIND", geboortejaar: 2016, herkomstland: "AFG", line: 4)));

        Assert.Equal(SyncRunStatus.Succeeded, second.Status);
        Assert.Equal(0, second.Inserted);
        Assert.Equal(1, second.Updated);
        Assert.Equal(2, second.Unchanged);
        Assert.Equal(0, second.Deleted);

        await using var check = hub.System();
        var k1 = await check.Koppelingen.SingleAsync(k => k.SourceId == "K-1");
        Assert.Equal(id, k1.Id);
        Assert.Equal(KoppelingStatus.Gehuisvest, k1.Status);
        Assert.Equal(new DateOnly(2024, 3, 1), k1.Huisvestingsdatum);
        Assert.Equal(first.Id, k1.FirstSeenRunId);
        Assert.Equal(second.Id, k1.LastChangedRunId);
        Assert.Equal(first.Id, (await check.Koppelingen.SingleAsync(k => k.SourceId == "K-2")).LastChangedRunId);
        Assert.Equal(3, await check.Koppelingen.CountAsync());
    }

    [Fact]
    public async Task A_record_that_moves_to_another_gemeente_moves_its_person()
    {
        await using var hub = await HubTestHost.StartAsync();
        await hub.RunSnapshotAsync(Coa.Document("week-1.csv", Coa.Koppeling("K-1", TestBsns.A, gemeente: "GM0405")));

        var run = await hub.RunSnapshotAsync(Coa.Document("week-2.csv", Coa.Koppeling("K-1", TestBsns.A, gemeente: "GM0420")));

        Assert.Equal(1, run.Updated);
        await using var db = hub.System();
        Assert.Equal("GM0420", (await db.Koppelingen.SingleAsync()).GemeenteCode);
        var person = await db.Inburgeraars.SingleAsync();
        Assert.Equal("GM0420", person.GemeenteCode);
        Assert.Equal(run.Id, person.LastChangedRunId);
    }
}

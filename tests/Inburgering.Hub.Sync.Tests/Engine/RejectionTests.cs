using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace Inburgering.Hub.Sync.Tests.Engine;

[Trait("Category", "Integration")]
public sealed class RejectionTests
{
    [Theory]
    [InlineData(null)] // the occurrences in one batch
    [InlineData(2)] // the occurrences in different batches of one document
    public async Task Engine_rejects_later_occurrences_of_an_id_in_one_document(int? batchSize)
    {
        await using var hub = await HubTestHost.StartAsync(batchSize);

        var run = await hub.RunSnapshotAsync(Coa.Document(
            "coa-koppelingen-20240108.csv",
            Coa.Koppeling("K-1", TestBsns.A, line: 2),
            Coa.Koppeling("K-1", TestBsns.A, gezinsrol: "PARTNER", line: 3),
            Coa.Koppeling("K-2", TestBsns.B, line: 4),
            Coa.Koppeling("K-3", TestBsns.C, line: 5),
            Coa.Koppeling("K-1", TestBsns.D, gezinsrol: "KIND", line: 6)));

        Assert.Equal(5, run.Read);
        Assert.Equal(3, run.Inserted);
        Assert.Equal(2, run.Quarantined);

        await using var db = hub.System();
        var k1 = await db.Koppelingen.SingleAsync(k => k.SourceId == "K-1");
        Assert.Equal(Gezinsrol.Hoofdpersoon, k1.Gezinsrol);
        var quarantine = await db.QuarantineRecords.OrderBy(q => q.Location).ToListAsync();
        Assert.Equal([("line 3", ReasonCodes.DuplicateId), ("line 6", ReasonCodes.DuplicateId)], quarantine.Select(q => (q.Location, q.ReasonCode)));
        Assert.All(quarantine, q => Assert.Equal("K-1", q.SourceId));
    }

    [Fact]
    public async Task Engine_rejects_bad_records_into_quarantine_and_loads_the_rest()
    {
        await using var hub = await HubTestHost.StartAsync();

        var run = await hub.RunSnapshotAsync(Coa.Document(
            "coa-koppelingen-20240108.csv",
            Coa.Koppeling("K-1", TestBsns.A, line: 2),
            Coa.Koppeling("K-2", TestBsns.Invalid, line: 3),
            Coa.Koppeling("K-3", TestBsns.B, gemeente: "GM9999", line: 4),
            Coa.Koppeling("K-4", TestBsns.C, gezinsrol: "OPA", line: 5),
            Coa.Koppeling("K-5", null, null, line: 6),
            Coa.Koppeling("K-6", TestBsns.D, "12345", line: 7),
            Coa.Koppeling("K-7", TestBsns.E, periode: "2024-H3", line: 8),
            Coa.Koppeling("K-8", null, "1234567899", line: 9)));

        Assert.Equal(SyncRunStatus.PartiallySucceeded, run.Status);
        Assert.Equal(8, run.Read);
        Assert.Equal(2, run.Inserted);
        Assert.Equal(6, run.Quarantined);

        await using var db = hub.System();
        Assert.Equal(["K-1", "K-8"], await db.Koppelingen.OrderBy(k => k.SourceId).Select(k => k.SourceId).ToListAsync());
        Assert.Equal(2, await db.Inburgeraars.CountAsync());

        var file = await db.SourceFiles.SingleAsync();
        var quarantine = await db.QuarantineRecords.OrderBy(q => q.Location).ToListAsync();
        Assert.Equal(
            [
                ("line 3", ReasonCodes.InvalidBsn),
                ("line 4", ReasonCodes.UnknownGemeente),
                ("line 5", ReasonCodes.UnknownCode),
                ("line 6", ReasonCodes.NoPersonKey),
                ("line 7", ReasonCodes.InvalidVNummer),
                ("line 8", ReasonCodes.InvalidValue),
            ],
            quarantine.Select(q => (q.Location, q.ReasonCode)));
        Assert.All(quarantine, q =>
        {
            Assert.Equal(run.Id, q.RunId);
            Assert.Equal(ScriptedConnector.ConnectorName, q.Connector);
            Assert.Equal(ScriptedConnector.Snapshot, q.Stream);
            Assert.Equal(file.Id, q.SourceFileId);
            Assert.Equal(QuarantineStatus.Open, q.Status);
            Assert.False(string.IsNullOrWhiteSpace(q.Message));
            Assert.False(string.IsNullOrWhiteSpace(q.Content));
            foreach (var bsn in TestBsns.AllValid)
            {
                Assert.DoesNotContain(bsn, q.Content, StringComparison.Ordinal);
                Assert.DoesNotContain(bsn, q.Message, StringComparison.Ordinal);
            }
        });

        // The raw text carried the BSN; what is stored is masked.
        var unknownCode = quarantine.Single(q => q.ReasonCode == ReasonCodes.UnknownCode);
        Assert.StartsWith("K-4;*********;", unknownCode.Content, StringComparison.Ordinal);
        Assert.Contains("OPA", unknownCode.Message, StringComparison.Ordinal);
        Assert.Contains("gezinsrol", unknownCode.Message, StringComparison.Ordinal);
        Assert.Equal("GM0405", unknownCode.GemeenteCode);

        // A well-formed but unconfigured gemeente still scopes the row: only that gemeente (once
        // configured) may see it, and replay it.
        Assert.Equal("GM9999", quarantine.Single(q => q.ReasonCode == ReasonCodes.UnknownGemeente).GemeenteCode);
        Assert.Contains("GM9999", quarantine.Single(q => q.ReasonCode == ReasonCodes.UnknownGemeente).Message, StringComparison.Ordinal);

        quarantine.Select(q => new { q.Location, q.ReasonCode, q.Message, q.Content, q.GemeenteCode }).MatchSnapshot();
    }

    [Fact]
    public async Task A_connector_rejection_is_quarantined_with_its_reason_code()
    {
        await using var hub = await HubTestHost.StartAsync();

        var run = await hub.RunSnapshotAsync(Coa.Document(
            "week-1.csv",
            Coa.Koppeling("K-1", TestBsns.A),
            new SourceRejection(
                "line 3",
                "K-2;916146108;1234567890;GM0388;31-02-2024;;2024-H1;G-2;KIND;2016;SYR;N;GEEN;GEKOPPELD",
                ReasonCodes.InvalidDate,
                "koppeldatum '31-02-2024' is not a date (BSN 916146108).",
                "K-2",
                "GM0388"),
            new SourceRejection("line 4", "garbage", "COA_CUSTOM_CODE", "Could not split the line.", GemeenteCode: "GM7777")));

        Assert.Equal(SyncRunStatus.PartiallySucceeded, run.Status);
        Assert.Equal(1, run.Inserted);
        Assert.Equal(2, run.Quarantined);
        Assert.Equal(3, run.Read);

        await using var db = hub.System();
        var rows = await db.QuarantineRecords.OrderBy(q => q.Location).ToListAsync();
        Assert.Equal([ReasonCodes.InvalidDate, "COA_CUSTOM_CODE"], rows.Select(q => q.ReasonCode));
        Assert.Equal("K-2;*********;**********;GM0388;31-02-2024;;2024-H1;G-2;KIND;2016;SYR;N;GEEN;GEKOPPELD", rows[0].Content);
        Assert.Equal("koppeldatum '31-02-2024' is not a date (BSN *********).", rows[0].Message);
        Assert.Equal("GM0388", rows[0].GemeenteCode);
        Assert.Equal("GM7777", rows[1].GemeenteCode);
        Assert.Equal(1, await db.Koppelingen.CountAsync());
    }

    [Fact]
    public async Task An_unreadable_document_is_quarantined_and_nothing_of_it_is_applied()
    {
        await using var hub = await HubTestHost.StartAsync();
        var first = await hub.RunSnapshotAsync(Coa.Document("week-1.csv", Coa.Koppeling("K-1", TestBsns.A)));

        hub.Connector.Script(ScriptedConnector.Snapshot,
        [
            Coa.Start("week-2.csv"),
            Coa.Koppeling("K-2", TestBsns.B),
            Coa.Koppeling("K-3", TestBsns.C),
            new DocumentUnreadable(ReasonCodes.UnreadableDocument, "Truncated file after line 3."),
        ]);
        var run = await hub.RunAsync();

        Assert.Equal(SyncRunStatus.PartiallySucceeded, run.Status);
        Assert.Equal(1, run.Quarantined);
        Assert.Equal(0, run.Inserted);
        Assert.Equal(0, run.Deleted);

        await using var db = hub.System();
        var koppelingen = await db.Koppelingen.ToListAsync();
        Assert.Equal("K-1", Assert.Single(koppelingen).SourceId);
        Assert.False(koppelingen[0].IsDeleted);
        Assert.Equal(1, await db.Inburgeraars.CountAsync());

        var q = await db.QuarantineRecords.SingleAsync();
        Assert.Equal(ReasonCodes.UnreadableDocument, q.ReasonCode);
        Assert.Equal("week-2.csv", q.Location);
        Assert.Equal("Truncated file after line 3.", q.Message);
        Assert.Equal(run.Id, q.RunId);
        Assert.NotNull(q.SourceFileId);

        // The stream state still points after the last good document.
        var state = await db.ConnectorStates.SingleAsync(s => s.Stream == ScriptedConnector.Snapshot);
        Assert.Equal("week-1.csv", state.State);
        Assert.Equal(first.Id, state.UpdatedByRunId);
    }
}

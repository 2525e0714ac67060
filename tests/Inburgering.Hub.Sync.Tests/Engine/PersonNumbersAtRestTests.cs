using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tests.Engine;

/// <summary>
/// Issue 13, data minimisation: hostile inputs put BSNs where no field asks for one — as a record id,
/// as a correction's target, inside a gemeente field, in a location — and V-nummers in raw text. No
/// elfproef-valid 9-digit run ends up in any column or archive line, and no V-nummer in raw text.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PersonNumbersAtRestTests
{
    private const string VNummer = "1234567890";

    private static SourceRecord Melding(string id, string bsn, string? correctieVan = null, int line = 1)
    {
        var record = new DuoMeldingRecord
        {
            Person = new PersonRef(bsn),
            GemeenteCode = "GM0405",
            Soort = "INBURGERINGSPLICHT_GESTART",
            Datum = new DateOnly(2023, 3, 1),
            CorrectieVan = correctieVan,
            Doelgroep = "ASIELSTATUSHOUDER",
            Wet = "WI2021",
            Geboortejaar = 1990,
        };
        return new SourceRecord(id, $"melding {id} line {line}", $"<melding id=\"{id}\" bsn=\"{bsn}\" vNummer=\"{VNummer}\"/>", record);
    }

    [Fact]
    public async Task A_BSN_as_record_id_correction_target_location_or_text_is_never_stored()
    {
        await using var hub = await HubTestHost.StartAsync();
        var run = await hub.RunSnapshotAsync(Coa.Document(
            "coa-koppelingen-20240101.csv",
            Coa.Koppeling("K-1", TestBsns.A, VNummer, "GM0405"),
            Coa.Koppeling(TestBsns.B, TestBsns.C, null, "GM0405", line: 3), // the partner's id is a BSN
            Coa.Koppeling("K-3", TestBsns.D, null, "GM0405 " + TestBsns.E, line: 4), // quarantined: a BSN in the gemeente field
            Melding(TestBsns.F, TestBsns.A, line: 5), // a DUO melding whose id is a valid BSN
            Melding("M-2", TestBsns.A, correctieVan: TestBsns.F, line: 6),
            new SourceRejection($"line 7 {TestBsns.E}", $"X;{TestBsns.E};{VNummer}", ReasonCodes.InvalidDate, "bad date", TestBsns.E, "GM0405")));
        Assert.True(run.Quarantined >= 2, $"quarantined {run.Quarantined}");

        var cells = await BsnNeverStoredTests.ReadEveryCellAsync(hub.ConnectionString);
        var archive = Directory.EnumerateFiles(Path.Combine(hub.Folder, "archive"), "*", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllLines(f).Select(l => ("archive", Path.GetFileName(f), l)))
            .ToList();
        Assert.NotEmpty(archive);
        foreach (var (table, column, value) in cells.Concat(archive))
        {
            foreach (var bsn in TestBsns.AllValid)
            {
                Assert.False(value.Contains(bsn, StringComparison.Ordinal), $"{table}.{column} holds BSN {bsn}: {value}");
            }
        }

        foreach (var (table, column, value) in cells.Where(c => c.Table == "quarantine_records" && c.Column is "Content" or "Message" or "RecordJson").Concat(archive))
        {
            Assert.False(value.Contains(VNummer, StringComparison.Ordinal), $"{table}.{column} holds the V-nummer: {value}");
        }

        await using var db = hub.System();
        var melding = await db.DuoMeldingen.SingleAsync(m => m.CorrectieVan == null);
        Assert.StartsWith("bsn-", melding.SourceId, StringComparison.Ordinal);
        Assert.Equal(melding.SourceId, (await db.DuoMeldingen.SingleAsync(m => m.SourceId == "M-2")).CorrectieVan);
        Assert.Equal("M-2", melding.VervangenDoorSourceId); // the correction still finds its target through the token
        Assert.All(await db.Inburgeringsplichten.Select(p => p.SourceId).ToListAsync(), id => Assert.False(id.Contains(TestBsns.F, StringComparison.Ordinal)));
        Assert.Contains(await db.QuarantineRecords.Select(q => q.RecordJson).ToListAsync(), json => json != null && json.Contains("GM0405 bsn-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_record_whose_id_is_a_BSN_is_updated_by_the_same_id()
    {
        await using var hub = await HubTestHost.StartAsync();
        await hub.RunSnapshotAsync(Coa.Document("a.csv", Coa.Koppeling(TestBsns.B, TestBsns.C, null, "GM0405")));
        var second = await hub.RunSnapshotAsync(Coa.Document("b.csv", Coa.Koppeling(TestBsns.B, TestBsns.C, null, "GM0405", huisvestingsdatum: new DateOnly(2024, 2, 1))));

        await using var db = hub.System();
        var koppeling = await db.Koppelingen.IgnoreQueryFilters().SingleAsync();
        Assert.StartsWith("bsn-", koppeling.SourceId, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 2, 1), koppeling.Huisvestingsdatum);
        Assert.Equal(1, second.Updated);
    }

    [Fact]
    public void Masking_covers_BSNs_and_V_nummers_but_not_longer_or_shorter_numbers()
    {
        Assert.Equal("a ********* b ********** c 12345678 d 12345678901", PersonNumbers.Mask("a 111222369 b 1234567890 c 12345678 d 12345678901"));
        Assert.Equal("id X", PersonNumbers.ReplaceValidBsns("id 111222369", _ => "X"));
        Assert.Equal("id 565845756", PersonNumbers.ReplaceValidBsns("id 565845756", _ => "X")); // fails the elfproef: not a BSN
    }
}

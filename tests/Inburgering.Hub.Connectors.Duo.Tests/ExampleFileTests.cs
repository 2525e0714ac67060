using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Testing;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Operational;
using Microsoft.EntityFrameworkCore;
using static Inburgering.Hub.Connectors.Duo.Tests.DuoXml;

namespace Inburgering.Hub.Connectors.Duo.Tests;

/// <summary>
/// The contract's example file. Besides its two intentionally bad meldingen it is not well-formed:
/// line 3 repeats the <c>&lt;meldingenBatch&gt;</c> start tag, so the document breaks at its end.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ExampleFileTests
{
    [Fact]
    public async Task Connector_reads_every_melding_refuses_the_unknown_soort_and_reports_the_broken_end()
    {
        var folder = NewFolder();
        File.Copy(Example, Path.Combine(folder, ExampleFile));

        var messages = await ReadAllAsync(folder);

        Assert.IsType<DocumentStarted>(messages[0]);
        Assert.IsType<DocumentCompleted>(messages[^1]);
        var records = messages.OfType<SourceRecord>().ToList();
        Assert.Equal([.. Enumerable.Range(41, 13).Select(n => $"M-{n:000000}"), "M-000088"], records.Select(r => r.SourceId));
        Assert.Equal($"{ExampleFile}:line 4 pos 3", records[0].Location);
        var rejections = messages.OfType<SourceRejection>().ToList();
        Assert.Equal(2, rejections.Count);
        Assert.Equal((ReasonCodes.UnknownCode, "M-000089", $"{ExampleFile}:line 18 pos 3"), (rejections[0].ReasonCode, rejections[0].SourceId, rejections[0].Location));
        Assert.Equal(ReasonCodes.MalformedRecord, rejections[1].ReasonCode);
        Assert.StartsWith($"{ExampleFile}:line 20", rejections[1].Location, StringComparison.Ordinal);
        Assert.All(rejections, r => Assert.DoesNotMatch("[0-9]{9}", r.Message));
        Assert.True(File.Exists(Path.Combine(folder, "processed", ExampleFile)));
    }

    [Fact]
    public async Task Engine_loads_the_rest_and_quarantines_M_000088_and_M_000089()
    {
        var folder = NewFolder();
        File.Copy(Example, Path.Combine(folder, ExampleFile));
        await using var hub = await TestHub.StartAsync(new DuoConnector(), Settings(folder), FixtureGemeente.Westfriesland, Path.Combine(NewFolder(), "hub.db"));

        var run = await hub.RunAsync();

        Assert.Equal(SyncRunStatus.PartiallySucceeded, run.Status);
        var quarantine = await hub.QuarantineAsync();
        Assert.Contains(quarantine, q => q.SourceId == "M-000088" && q.ReasonCode == ReasonCodes.InvalidBsn);
        Assert.Contains(quarantine, q => q.SourceId == "M-000089" && q.ReasonCode == ReasonCodes.UnknownCode);
        Assert.Contains(quarantine, q => q.ReasonCode == ReasonCodes.MalformedRecord);
        Assert.Equal(3, quarantine.Count);

        await using var db = hub.System();
        Assert.Equal(13, await db.DuoMeldingen.CountAsync());
        var plichten = await db.Inburgeringsplichten.OrderBy(p => p.SourceId).ToListAsync();
        Assert.Equal(9, plichten.Count);
        var m41 = plichten[0];
        Assert.Equal(("M-000041", "GM0405", Wet.Wi2021, PlichtStatus.Lopend), (m41.SourceId, m41.GemeenteCode, m41.Wet, m41.Status));
        Assert.Equal((new DateOnly(2022, 9, 30), new DateOnly(2025, 9, 29)), (m41.TermijnAanvang, m41.TermijnEinde));
        Assert.Equal(9, await db.PlichtGemeenten.CountAsync());

        // Delivered again under another name: nothing changes.
        Directory.CreateDirectory(Path.Combine(folder, "again"));
        File.Copy(Example, Path.Combine(folder, "duo-meldingen-20240105-002.xml"));
        var again = await hub.RunAsync();
        Assert.Equal((0, 0, 0), (again.Inserted, again.Updated, again.Deleted));
        Assert.Equal(13, again.Unchanged); // the 13 meldingen that loaded: a run counts records, not derived facts
    }
}

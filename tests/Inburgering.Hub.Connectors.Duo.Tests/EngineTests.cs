using Inburgering.Hub.Connectors.Testing;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Operational;
using Microsoft.EntityFrameworkCore;
using static Inburgering.Hub.Connectors.Duo.Tests.DuoXml;

namespace Inburgering.Hub.Connectors.Duo.Tests;

/// <summary>The DUO writer through the real engine: re-derivation across deliveries, VERHUISD, scoping, idempotency.</summary>
[Trait("Category", "Integration")]
public sealed class EngineTests : IAsyncLifetime
{
    private const string Lezen124 = "<examen onderdeel=\"LEZEN\" niveau=\"B1\" resultaat=\"GESLAAGD\" cijfer=\"7.2\" examendatum=\"2023-06-01\"/>";
    private const string Lezen130 = "<examen onderdeel=\"LEZEN\" niveau=\"B1\" resultaat=\"NIET_GESLAAGD\" cijfer=\"5.1\" examendatum=\"2023-06-01\"/>";

    private readonly string _inbox = NewFolder();
    private TestHub _hub = null!;

    public async Task InitializeAsync() =>
        _hub = await TestHub.StartAsync(new DuoConnector(), Settings(_inbox), FixtureGemeente.Westfriesland, Path.Combine(NewFolder(), "hub.db"));

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task A_melding_whose_id_is_a_BSN_is_stored_under_a_keyed_token_everywhere()
    {
        // Issue 13: a partner used the BSN as the melding id; a correction refers to it.
        const string IdBsn = "111222369";
        WriteBatch(_inbox, "duo-meldingen-20230622-001.xml", Gestart(IdBsn, "2023-02-14", BsnA, "GM0405"), Gestart("M-2", "2023-02-15", BsnA, "GM0405", correctieVan: IdBsn));

        var run = await _hub.RunAsync();

        Assert.Equal((0, 2), (run.Quarantined, run.Read));
        var cells = await _hub.TextCellsAsync();
        Assert.Contains(cells, c => c.Table == "inburgeringsplichten");
        Assert.DoesNotContain(cells, c => c.Value.Contains(IdBsn, StringComparison.Ordinal) || c.Value.Contains(BsnA, StringComparison.Ordinal));
        var archive = Directory.EnumerateFiles(Path.Combine(Path.GetDirectoryName(_hub.DatabasePath)!, "archive"), "*", SearchOption.AllDirectories).SelectMany(File.ReadAllLines).ToList();
        Assert.NotEmpty(archive);
        Assert.DoesNotContain(archive, l => l.Contains(IdBsn, StringComparison.Ordinal));
        await using var db = _hub.System();
        var original = await db.DuoMeldingen.SingleAsync(m => m.CorrectieVan == null);
        Assert.StartsWith("bsn-", original.SourceId, StringComparison.Ordinal);
        Assert.Equal("M-2", original.VervangenDoorSourceId);
    }

    [Fact]
    public async Task A_correction_delivered_before_its_original_still_replaces_it()
    {
        WriteBatch(_inbox, "duo-meldingen-20230622-001.xml", Gestart("M-123", "2023-02-14", BsnA, "GM0405"), Melding("M-130", "EXAMENUITSLAG", "2023-06-22", BsnA, "GM0405", Lezen130, correctieVan: "M-124"));
        await _hub.RunAsync();
        WriteBatch(_inbox, "duo-meldingen-20230623-001.xml", Melding("M-124", "EXAMENUITSLAG", "2023-06-20", BsnA, "GM0405", Lezen124));

        var run = await _hub.RunAsync();

        Assert.Equal((1, 0), (run.Inserted, run.Updated)); // the original melding only: it never counted
        await using var db = _hub.System();
        var examen = await db.Examenonderdelen.SingleAsync();
        Assert.Equal(("M-130", ExamenResultaat.NietGeslaagd, false), (examen.SourceId, examen.Resultaat, examen.IsDeleted));
        Assert.Equal("M-130", (await db.DuoMeldingen.SingleAsync(m => m.SourceId == "M-124")).VervangenDoorSourceId);
    }

    [Fact]
    public async Task A_correction_long_after_replaces_the_uitslag_and_marks_the_old_row_deleted_and_a_redelivery_changes_nothing()
    {
        WriteBatch(_inbox, "duo-meldingen-20230620-001.xml", Gestart("M-123", "2023-02-14", BsnA, "GM0405"), Melding("M-124", "EXAMENUITSLAG", "2023-06-20", BsnA, "GM0405", Lezen124));
        await _hub.RunAsync();
        var correction = Batch(Melding("M-130", "EXAMENUITSLAG", "2024-06-22", BsnA, "GM0405", Lezen130, correctieVan: "M-124"));
        Write(_inbox, "duo-meldingen-20240622-001.xml", correction);

        var run = await _hub.RunAsync();

        Assert.Equal((1, 0), (run.Inserted, run.Updated)); // melding M-130; M-124 replaced and its examen deleted are derived, not counted
        await using (var db = _hub.System())
        {
            var examens = await db.Examenonderdelen.OrderBy(e => e.SourceId).ToListAsync();
            Assert.Equal([("M-124", true), ("M-130", false)], examens.Select(e => (e.SourceId, e.IsDeleted)));
        }

        Write(_inbox, "duo-meldingen-20240623-001.xml", correction);
        var again = await _hub.RunAsync();
        Assert.Equal((0, 0, 0), (again.Inserted, again.Updated, again.Deleted));
    }

    [Fact]
    public async Task Verhuisd_moves_the_person_and_the_plicht_to_Hoorn_and_Enkhuizen_keeps_only_its_own_period()
    {
        WriteBatch(
            _inbox,
            "duo-meldingen-20230901-001.xml",
            Gestart("K", "2022-08-15", BsnA, "GM0388"),
            Melding("T", "TERMIJN_VASTGESTELD", "2022-09-29", BsnA, "GM0388", "<termijn aanvang=\"2022-09-30\" einde=\"2025-09-29\"/>"));
        await _hub.RunAsync();
        await using (var db = _hub.System())
        {
            Assert.Equal("GM0388", (await db.Inburgeraars.SingleAsync()).GemeenteCode);
        }

        WriteBatch(_inbox, "duo-meldingen-20230902-001.xml", Melding("V", "VERHUISD", "2023-09-01", BsnA, "GM0388", "<naarGemeente>GM0405</naarGemeente>"));
        await _hub.RunAsync();

        await using (var db = _hub.System())
        {
            var person = await db.Inburgeraars.SingleAsync();
            Assert.Equal(("GM0405", GemeentePrioriteit.DuoPlicht), (person.GemeenteCode, person.GemeentePrioriteit));
            var plicht = await db.Inburgeringsplichten.SingleAsync();
            Assert.Equal(("K", "GM0405"), (plicht.SourceId, plicht.GemeenteCode));
            var perioden = await db.PlichtGemeenten.OrderBy(p => p.Van).ToListAsync();
            Assert.Equal(
                [("K:20220815", "GM0388", (DateOnly?)new DateOnly(2023, 9, 1), "GM0405"), ("K:20230901", "GM0405", null, null)],
                perioden.Select(p => (p.SourceId, p.GemeenteCode, p.Tot, p.NaarGemeenteCode)));
        }

        await using (var hoorn = Scoped("GM0405"))
        {
            Assert.Equal("K", (await hoorn.Inburgeringsplichten.SingleAsync()).SourceId);
            Assert.Single(await hoorn.Inburgeraars.ToListAsync());
            Assert.Equal("K:20230901", (await hoorn.PlichtGemeenten.SingleAsync()).SourceId);
        }

        await using (var enkhuizen = Scoped("GM0388"))
        {
            Assert.Empty(await enkhuizen.Inburgeringsplichten.ToListAsync());
            Assert.Empty(await enkhuizen.Inburgeraars.ToListAsync());
            Assert.Equal("K:20220815", (await enkhuizen.PlichtGemeenten.SingleAsync()).SourceId);
            Assert.Equal(["K", "T", "V"], await enkhuizen.DuoMeldingen.OrderBy(m => m.SourceId).Select(m => m.SourceId).ToListAsync());
        }
    }

    [Fact]
    public async Task A_WI2013_person_is_kept_with_wet_WI2013()
    {
        WriteBatch(_inbox, "duo-meldingen-20240105-001.xml", Gestart("K", "2019-03-01", BsnB, "GM0405", wet: "WI2013", doelgroep: "GEZINSMIGRANT"));

        await _hub.RunAsync();

        await using var db = _hub.System();
        var plicht = await db.Inburgeringsplichten.SingleAsync();
        Assert.Equal((Wet.Wi2013, Doelgroep.Gezinsmigrant), (plicht.Wet, plicht.Doelgroep));
        Assert.Equal(Wet.Wi2013, (await db.DuoMeldingen.SingleAsync()).Wet);
    }

    [Fact]
    public async Task A_redelivered_file_changes_nothing()
    {
        Write(_inbox, "duo-meldingen-20240105-001.xml", GoodFixture);
        var first = await _hub.RunAsync();
        Write(_inbox, "duo-meldingen-20240105-001.xml", GoodFixture);
        Write(_inbox, "duo-meldingen-20240107-001.xml", GoodFixture);

        var again = await _hub.RunAsync();

        Assert.Equal(11, first.Inserted); // meldingen: a run counts records, not the facts derived from them
        Assert.Equal((0, 0, 0), (again.Inserted, again.Updated, again.Deleted));
        Assert.Equal(11, again.Unchanged); // the same bytes under another name: read, every melding unchanged
        await using var db = _hub.System();
        var skipped = await db.SyncRunEvents.SingleAsync(e => e.RunId == again.Id); // the same name and bytes: skipped
        Assert.Equal(SyncRunEventKinds.SkippedRedelivery, skipped.Kind);
        Assert.Contains("duo-meldingen-20240105-001.xml", skipped.Message, StringComparison.Ordinal);
    }

    private HubDbContext Scoped(string gemeente) =>
        new(new DbContextOptionsBuilder<HubDbContext>().UseSqlite(_hub.ConnectionString).Options, CallerScope.ForGemeenten([gemeente]));
}

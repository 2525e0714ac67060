using Inburgering.Hub.Connectors.Abstractions;
using Snapshooter.Xunit;

namespace Inburgering.Hub.Connectors.Taalaanbieder.Tests;

/// <summary>The contract's example files, read with the mappings shipped in appsettings.json.</summary>
public sealed class ExampleFileTests
{
    [Fact]
    public async Task Fiolet_example_reads_with_the_shipped_mapping()
    {
        using var inbox = new TestInbox();
        inbox.CopyExample("fiolet", "voortgang-2023-06.csv");

        var messages = await ConnectorRun.ReadAllAsync(inbox);

        var started = Assert.IsType<DocumentStarted>(messages[0]);
        Assert.Equal("fiolet/voortgang-2023-06.csv", started.Name);
        Assert.Matches("^[0-9a-f]{64}$", started.Sha256);
        Assert.IsType<DocumentCompleted>(messages[^1]);
        Assert.Empty(messages.OfType<SourceRejection>());

        var records = messages.Records();
        Assert.Equal(4, records.Count);
        var first = records[0];
        Assert.Equal("FIOLET", first.Aanbieder);
        Assert.Equal("C-000011", first.CursistId);
        Assert.Equal("GM1598", first.GemeenteCode);
        Assert.Equal("Z", first.Leerroute);
        Assert.Equal(new DateOnly(2023, 6, 30), first.Startdatum);
        Assert.Equal(new DateOnly(2023, 6, 28), first.Peildatum);
        Assert.Equal("LOPEND", first.Status);
        Assert.Equal(-1.8m, first.UrenAangeboden); // a number; the engine refuses negative hours
        Assert.Equal(-1.8m, first.UrenParticipatie);
        Assert.False(first.KnmAfgerond);
        Assert.Null(first.PvtAfgerondOp);

        var b1 = records[1];
        Assert.Equal("B1", b1.Leerroute);
        Assert.Equal(230.4m, b1.UrenAangeboden);
        Assert.Null(b1.UrenParticipatie);
        Assert.Equal("A1", b1.NiveauSpreken);
        Assert.Equal("ONDERWIJS", records[2].Leerroute);

        var line = Assert.IsType<SourceRecord>(messages[1]);
        Assert.Equal("FIOLET:C-000011:2023-06-28", line.SourceId);
        Assert.Equal("fiolet/voortgang-2023-06.csv:line 2", line.Location);

        Assert.True(inbox.InProcessed("fiolet", "voortgang-2023-06.csv"));
        Assert.Equal("{\"lastFiles\":{\"FIOLET\":\"voortgang-2023-06.csv\"}}", ((DocumentCompleted)messages[^1]).State);
    }

    [Fact]
    public async Task NlTraining_example_reads_with_the_shipped_mapping()
    {
        using var inbox = new TestInbox();
        inbox.CopyExample("nltraining", "progress_2023-06.csv");

        var messages = await ConnectorRun.ReadAllAsync(inbox);

        Assert.Empty(messages.OfType<SourceRejection>());
        var records = messages.Records();
        Assert.Equal(5, records.Count);
        var first = records[0];
        Assert.Equal("NLTRAINING", first.Aanbieder);
        Assert.Equal("C-000007", first.CursistId);
        Assert.Equal("GM0498", first.GemeenteCode);
        Assert.Equal(new DateOnly(2023, 6, 23), first.Startdatum);
        Assert.Equal(4.5m, first.UrenGevolgd);
        Assert.Equal(4.5m, first.UrenParticipatie);
        Assert.Equal("A0", first.NiveauSchrijven);
        Assert.Equal("LOPEND", first.Status);
        Assert.False(first.KnmAfgerond);
        Assert.Equal(145.8m, records[1].UrenAangeboden);
        Assert.Null(records[1].UrenParticipatie);
    }

    [Fact]
    public async Task Example_records_match_snapshot()
    {
        using var inbox = new TestInbox();
        inbox.CopyExample("fiolet", "voortgang-2023-06.csv");
        inbox.CopyExample("nltraining", "progress_2023-06.csv");

        var messages = await ConnectorRun.ReadAllAsync(inbox);

        // Without the person: a snapshot file in the repository holds no BSN.
        Snapshot.Match(messages.OfType<SourceRecord>()
            .Select(r => new { r.SourceId, r.Location, Data = (VoortgangRecord)r.Data with { Person = new PersonRef(null) } })
            .ToList());
    }
}

using System.Text;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Taalaanbieder.Tests;

/// <summary>Documents: unreadable files, moving after DocumentCompleted, state, settings and check.</summary>
public sealed class DocumentTests
{
    private const string FioletHeader =
        "Cursistnummer;BSN;Gemeente;Route;Startdatum;Peildatum;Status;Uren aangeboden;Uren aanwezig;Verzuim geoorloofd;Verzuim ongeoorloofd;Uren participatie;Lezen;Luisteren;Schrijven;Spreken;KNM;PVT afgerond";

    private const string FioletLine = "F-1001;123456782;GM0405;B1;06-03-2023;30-06-2023;Lopend;180;162,5;6;11,5;;A1;A2;A1;A1;N;";

    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    [Fact]
    public async Task A_header_without_the_mapped_columns_is_unreadable_and_stays()
    {
        using var inbox = new TestInbox();
        inbox.Write("fiolet", "voortgang-2023-06.csv", Utf8, bom: true, "Cursistnummer,BSN,Gemeente", "F-1,123456782,GM0405");

        var messages = await ConnectorRun.ReadAllAsync(inbox);

        Assert.IsType<DocumentStarted>(messages[0]);
        var unreadable = Assert.IsType<DocumentUnreadable>(Assert.Single(messages.Skip(1)));
        Assert.Equal(ReasonCodes.UnreadableDocument, unreadable.ReasonCode);
        Assert.Contains("Peildatum", unreadable.Message, StringComparison.Ordinal);
        Assert.True(inbox.InInbox("fiolet", "voortgang-2023-06.csv"));
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_make_the_document_unreadable()
    {
        using var inbox = new TestInbox();
        var latin = Encoding.Latin1.GetBytes(FioletHeader + "\r\n" + FioletLine.Replace("F-1001", "F-é", StringComparison.Ordinal) + "\r\n");
        inbox.WriteBytes("fiolet", "voortgang-2023-06.csv", latin);

        var messages = await ConnectorRun.ReadAllAsync(inbox);

        Assert.IsType<DocumentUnreadable>(messages[^1]);
        Assert.DoesNotContain(messages, m => m is DocumentCompleted);
    }

    [Fact]
    public async Task A_file_moves_to_processed_only_after_DocumentCompleted()
    {
        using var inbox = new TestInbox();
        inbox.Write("fiolet", "voortgang-2023-06.csv", Utf8, bom: true, FioletHeader, FioletLine);
        var request = new ReadRequest("voortgang", inbox.Settings(), null);

        await using var reader = new TaalaanbiederConnector().ReadAsync(request, CancellationToken.None).GetAsyncEnumerator();
        while (await reader.MoveNextAsync())
        {
            Assert.True(inbox.InInbox("fiolet", "voortgang-2023-06.csv"), $"moved before {reader.Current.GetType().Name} was handled");
            if (reader.Current is DocumentCompleted)
            {
                break;
            }
        }

        Assert.True(inbox.InInbox("fiolet", "voortgang-2023-06.csv"));
        Assert.False(await reader.MoveNextAsync());
        Assert.True(inbox.InProcessed("fiolet", "voortgang-2023-06.csv"));
        Assert.False(inbox.InInbox("fiolet", "voortgang-2023-06.csv"));
    }

    [Fact]
    public async Task Files_are_read_again_whatever_the_state_and_the_engine_recognises_them_by_sha256()
    {
        using var inbox = new TestInbox();
        inbox.Write("fiolet", "voortgang-2023-05.csv", Utf8, bom: true, FioletHeader, FioletLine);
        inbox.Write("fiolet", "voortgang-2023-06.csv", Utf8, bom: true, FioletHeader, FioletLine.Replace("30-06-2023", "30-07-2023", StringComparison.Ordinal));

        var first = await ConnectorRun.ReadAllAsync(inbox, moveProcessed: false);
        var state = first.OfType<DocumentCompleted>().Last().State;
        var second = await ConnectorRun.ReadAllAsync(inbox, state, moveProcessed: false);

        Assert.Equal(2, first.OfType<DocumentCompleted>().Count());
        Assert.Equal("{\"lastFiles\":{\"FIOLET\":\"voortgang-2023-06.csv\"}}", state);
        Assert.Equal(
            first.OfType<DocumentStarted>().Select(d => (d.Name, d.Sha256)),
            second.OfType<DocumentStarted>().Select(d => (d.Name, d.Sha256)));
        Assert.True(inbox.InInbox("fiolet", "voortgang-2023-06.csv"));
    }

    [Fact]
    public async Task The_state_keeps_every_aanbieder()
    {
        using var inbox = new TestInbox();
        inbox.CopyExample("fiolet", "voortgang-2023-06.csv");
        inbox.CopyExample("nltraining", "progress_2023-06.csv");

        var messages = await ConnectorRun.ReadAllAsync(inbox);

        Assert.Equal(
            "{\"lastFiles\":{\"FIOLET\":\"voortgang-2023-06.csv\",\"NLTRAINING\":\"progress_2023-06.csv\"}}",
            messages.OfType<DocumentCompleted>().Last().State);
    }

    [Fact]
    public async Task Check_reports_files_per_aanbieder_and_bad_settings()
    {
        using var inbox = new TestInbox();
        inbox.CopyExample("fiolet", "voortgang-2023-06.csv");
        var connector = new TaalaanbiederConnector();

        var ok = await connector.CheckAsync(inbox.Settings(), CancellationToken.None);
        var bad = await connector.CheckAsync(inbox.Settings().With("Aanbieders:FIOLET:Encoding", "utf-16"), CancellationToken.None);
        var unknownField = await connector.CheckAsync(inbox.Settings().With("Aanbieders:FIOLET:Columns:naam", "Naam"), CancellationToken.None);

        Assert.True(ok.Succeeded, ok.Message);
        Assert.Contains("FIOLET: 1 file(s)", ok.Message, StringComparison.Ordinal);
        Assert.Contains("NLTRAINING: folder 'nltraining' missing", ok.Message, StringComparison.Ordinal);
        Assert.False(bad.Succeeded);
        Assert.Contains("Aanbieders:FIOLET:Encoding", bad.Message, StringComparison.Ordinal);
        Assert.False(unknownField.Succeeded);
    }

    [Fact]
    public void Manifest_has_one_incremental_stream()
    {
        var manifest = new TaalaanbiederConnector().Manifest;

        Assert.Equal("taalaanbieder", manifest.Name);
        var stream = Assert.Single(manifest.Streams);
        Assert.Equal("voortgang", stream.Name);
        Assert.Equal(StreamMode.Incremental, stream.Mode);
    }
}

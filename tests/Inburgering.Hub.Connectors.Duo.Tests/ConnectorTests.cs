using Inburgering.Hub.Connectors.Abstractions;
using static Inburgering.Hub.Connectors.Duo.Tests.DuoXml;

namespace Inburgering.Hub.Connectors.Duo.Tests;

/// <summary>Reading DUO batch files: every soort, refusals, broken and forbidden XML, order and state.</summary>
public sealed class ConnectorTests
{
    private const string File1 = "duo-meldingen-20240105-001.xml";

    [Fact]
    public async Task Every_soort_is_read_with_its_content()
    {
        var folder = NewFolder();
        WriteBatch(
            folder,
            File1,
            Melding("1", "INBURGERINGSPLICHT_GESTART", "2023-02-14", BsnA, "GM0405", "<vNummer>1234567890</vNummer><doelgroep>OVERIGE_MIGRANT</doelgroep><wet>WI2013</wet><geboortejaar>1994</geboortejaar>"),
            Melding("2", "TERMIJN_VASTGESTELD", "2023-03-01", BsnA, "GM0405", "<termijn aanvang=\"2023-03-02\" einde=\"2026-03-01\"/>"),
            Melding("3", "TERMIJN_VERLENGD", "2025-01-01", BsnA, "GM0405", "<verlenging weken=\"12\" nieuweEinde=\"2026-05-24\" grond=\"ZIEKTE\"/>"),
            Melding("4", "EXAMENUITSLAG", "2023-06-20", BsnA, "GM0405", "<examen onderdeel=\"KNM\" niveau=\"A2\" resultaat=\"NIET_GESLAAGD\" cijfer=\"5.25\" examendatum=\"2023-06-01\"/>"),
            Melding("5", "ONTHEFFING", "2023-07-01", BsnA, "GM0405", "<reden>MEDISCH</reden>"),
            Melding("6", "VRIJSTELLING", "2023-07-02", BsnA, "GM0405", "<reden>OPLEIDING</reden>"),
            Melding("7", "VOLDAAN", "2023-07-03", BsnA, "GM0405"),
            Melding("8", "BOETE", "2023-07-04", BsnA, "GM0405", "<boete bedrag=\"340.50\"/>"),
            Melding("9", "VERHUISD", "2023-07-05", BsnA, "GM0405", "<naarGemeente>GM0388</naarGemeente>"),
            Melding("10", "PLICHT_BEEINDIGD", "2023-07-06", BsnA, "GM0388", "<reden>NATURALISATIE</reden>", correctieVan: "7"));

        var messages = await ReadAllAsync(folder);

        Assert.Empty(messages.OfType<SourceRejection>());
        var r = messages.OfType<SourceRecord>().ToDictionary(m => m.SourceId, m => (DuoMeldingRecord)m.Data);
        Assert.Equal(10, r.Count);
        Assert.Equal(("INBURGERINGSPLICHT_GESTART", "OVERIGE_MIGRANT", "WI2013", 1994, "1234567890", BsnA, "GM0405"),
            (r["1"].Soort, r["1"].Doelgroep, r["1"].Wet, r["1"].Geboortejaar, r["1"].Person.VNummer, r["1"].Person.Bsn, r["1"].GemeenteCode));
        Assert.Equal((new DateOnly(2023, 3, 2), new DateOnly(2026, 3, 1)), (r["2"].TermijnAanvang, r["2"].TermijnEinde));
        Assert.Equal((12, new DateOnly(2026, 5, 24), "ZIEKTE"), (r["3"].VerlengingWeken, r["3"].NieuweEinde, r["3"].Grond));
        Assert.Equal(new ExamenUitslag("KNM", "A2", "NIET_GESLAAGD", 5.25m, new DateOnly(2023, 6, 1)), r["4"].Examen);
        Assert.Equal(("MEDISCH", "OPLEIDING"), (r["5"].Reden, r["6"].Reden));
        Assert.Equal(("VOLDAAN", new DateOnly(2023, 7, 3)), (r["7"].Soort, r["7"].Datum));
        Assert.Equal(340.50m, r["8"].BoeteBedrag);
        Assert.Equal("GM0388", r["9"].NaarGemeenteCode);
        Assert.Equal(("NATURALISATIE", "7"), (r["10"].Reden, r["10"].CorrectieVan));
        Assert.Contains("soort=\"BOETE\"", messages.OfType<SourceRecord>().Single(m => m.SourceId == "8").Raw, StringComparison.Ordinal);
        Assert.Equal($"{File1}:line 4 pos 3", messages.OfType<SourceRecord>().Single(m => m.SourceId == "2").Location);
    }

    [Theory]
    [InlineData("<melding soort=\"VOLDAAN\" datum=\"2023-01-01\"><bsn>397983724</bsn><gemeente>GM0405</gemeente></melding>", ReasonCodes.MissingField)]
    [InlineData("<melding id=\"X\" datum=\"2023-01-01\"><bsn>397983724</bsn><gemeente>GM0405</gemeente></melding>", ReasonCodes.MissingField)]
    [InlineData("<melding id=\"X\" soort=\"GEHEIM\" datum=\"2023-01-01\"><bsn>397983724</bsn><gemeente>GM0405</gemeente></melding>", ReasonCodes.UnknownCode)]
    [InlineData("<melding id=\"X\" soort=\"VOLDAAN\"><bsn>397983724</bsn><gemeente>GM0405</gemeente></melding>", ReasonCodes.MissingField)]
    [InlineData("<melding id=\"X\" soort=\"VOLDAAN\" datum=\"01-01-2023\"><bsn>397983724</bsn><gemeente>GM0405</gemeente></melding>", ReasonCodes.InvalidDate)]
    [InlineData("<melding id=\"X\" soort=\"VOLDAAN\" datum=\"2023-01-01\"><gemeente>GM0405</gemeente></melding>", ReasonCodes.MissingField)]
    [InlineData("<melding id=\"X\" soort=\"VOLDAAN\" datum=\"2023-01-01\"><bsn>397983724</bsn></melding>", ReasonCodes.MissingField)]
    [InlineData("<melding id=\"X\" soort=\"EXAMENUITSLAG\" datum=\"2023-01-01\"><bsn>397983724</bsn><gemeente>GM0405</gemeente></melding>", ReasonCodes.MissingField)]
    [InlineData("<melding id=\"X\" soort=\"TERMIJN_VASTGESTELD\" datum=\"2023-01-01\"><bsn>397983724</bsn><gemeente>GM0405</gemeente><termijn aanvang=\"2023-01-02\"/></melding>", ReasonCodes.MissingField)]
    [InlineData("<melding id=\"X\" soort=\"TERMIJN_VERLENGD\" datum=\"2023-01-01\"><bsn>397983724</bsn><gemeente>GM0405</gemeente><verlenging weken=\"twaalf\" nieuweEinde=\"2026-01-01\"/></melding>", ReasonCodes.InvalidNumber)]
    [InlineData("<melding id=\"X\" soort=\"BOETE\" datum=\"2023-01-01\"><bsn>397983724</bsn><gemeente>GM0405</gemeente><boete bedrag=\"1,50\"/></melding>", ReasonCodes.InvalidNumber)]
    [InlineData("<melding id=\"X\" soort=\"VERHUISD\" datum=\"2023-01-01\"><bsn>397983724</bsn><gemeente>GM0405</gemeente></melding>", ReasonCodes.MissingField)]
    [InlineData("<melding id=\"X\" soort=\"PLICHT_BEEINDIGD\" datum=\"2023-01-01\"><bsn>397983724</bsn><gemeente>GM0405</gemeente></melding>", ReasonCodes.MissingField)]
    [InlineData("<melding id=\"X\" soort=\"INBURGERINGSPLICHT_GESTART\" datum=\"2023-01-01\"><bsn>397983724</bsn><gemeente>GM0405</gemeente><doelgroep>GEZINSMIGRANT</doelgroep><wet>WI2021</wet><geboortejaar>'94</geboortejaar></melding>", ReasonCodes.InvalidNumber)]
    public async Task A_bad_melding_is_refused_with_its_reason_and_the_next_one_still_reads(string bad, string reasonCode)
    {
        var folder = NewFolder();
        WriteBatch(folder, File1, bad, Melding("OK", "VOLDAAN", "2023-01-01", BsnA, "GM0405"));

        var messages = await ReadAllAsync(folder);

        var rejection = Assert.Single(messages.OfType<SourceRejection>());
        Assert.Equal(reasonCode, rejection.ReasonCode);
        Assert.Equal($"{File1}:line 3 pos 3", rejection.Location);
        Assert.DoesNotContain(BsnA, rejection.Message, StringComparison.Ordinal);
        Assert.Equal("OK", Assert.Single(messages.OfType<SourceRecord>()).SourceId);
        Assert.IsType<DocumentCompleted>(messages[^1]);
    }

    [Fact]
    public async Task Malformed_XML_mid_file_keeps_the_meldingen_before_it_and_rejects_the_rest_with_line_and_position()
    {
        var folder = NewFolder();
        var text = Batch(Melding("1", "VOLDAAN", "2023-01-01", BsnA, "GM0405"), Melding("2", "VOLDAAN", "2023-01-01", BsnA, "GM0405"))
            .Replace("<melding id=\"2\"", "<melding id=\"2\" <kapot", StringComparison.Ordinal)
            + "<melding id=\"3\"/>";
        Write(folder, File1, text);

        var messages = await ReadAllAsync(folder);

        Assert.Equal("1", Assert.Single(messages.OfType<SourceRecord>()).SourceId);
        var rest = Assert.Single(messages.OfType<SourceRejection>());
        Assert.Equal(ReasonCodes.MalformedRecord, rest.ReasonCode);
        Assert.StartsWith($"{File1}:line 4 pos ", rest.Location, StringComparison.Ordinal);
        Assert.Contains("line 4", rest.Message, StringComparison.Ordinal);
        Assert.Contains("<kapot", rest.Raw, StringComparison.Ordinal);
        Assert.IsType<DocumentCompleted>(messages[^1]);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE meldingenBatch [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<meldingenBatch xmlns=\"urn:duo:inburgering:meldingen:1\"><melding id=\"1\" soort=\"VOLDAAN\" datum=\"2023-01-01\"><bsn>&xxe;</bsn><gemeente>GM0405</gemeente></melding></meldingenBatch>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>\n<meldingenBatch xmlns=\"urn:duo:inburgering:meldingen:1\"/>")]
    [InlineData("koppeling_id;bsn\nK-1;123\n")]
    [InlineData("<?xml version=\"1.0\"?>\n<meldingenBatch xmlns=\"urn:other\"><melding id=\"1\"/></meldingenBatch>")]
    [InlineData("<?xml version=\"1.0\"?>\n<meldingenBatch xmlns=\"urn:duo:inburgering:meldingen:1\"><melding id=\"1\" soort=\"VOLDAAN\"")]
    public async Task A_document_with_a_DTD_or_that_is_not_a_DUO_batch_is_unreadable_and_stays_in_the_inbox(string content)
    {
        var folder = NewFolder();
        Write(folder, File1, content);

        var messages = await ReadAllAsync(folder);

        Assert.Collection(
            messages,
            m => Assert.IsType<DocumentStarted>(m),
            m => Assert.Equal(ReasonCodes.UnreadableDocument, Assert.IsType<DocumentUnreadable>(m).ReasonCode));
        Assert.True(File.Exists(Path.Combine(folder, File1)));
        Assert.DoesNotContain("root:", ((DocumentUnreadable)messages[1]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_are_read_in_name_order_and_the_state_is_the_last_file_name()
    {
        var folder = NewFolder();
        WriteBatch(folder, "duo-meldingen-20240106-001.xml", Melding("2", "VOLDAAN", "2023-01-01", BsnA, "GM0405"));
        WriteBatch(folder, "duo-meldingen-20240105-002.xml", Melding("1", "VOLDAAN", "2023-01-01", BsnA, "GM0405"));
        Write(folder, "readme.txt", "not a batch");

        var messages = await ReadAllAsync(folder, move: false);

        Assert.Equal(["duo-meldingen-20240105-002.xml", "duo-meldingen-20240106-001.xml"], messages.OfType<DocumentStarted>().Select(d => d.Name));
        Assert.Equal("duo-meldingen-20240106-001.xml", messages.OfType<DocumentCompleted>().Last().State);

        // Without moving, the files are read again; the engine skips them by name and SHA-256.
        var again = await ReadAllAsync(folder, state: "duo-meldingen-20240106-001.xml", move: false);
        Assert.Equal(
            messages.OfType<DocumentStarted>().Select(d => (d.Name, d.Sha256)),
            again.OfType<DocumentStarted>().Select(d => (d.Name, d.Sha256)));
    }

    [Fact]
    public async Task A_late_file_still_in_the_inbox_is_read_and_the_state_does_not_go_back()
    {
        var folder = NewFolder();
        WriteBatch(folder, "duo-meldingen-20240104-001.xml", Melding("0", "VOLDAAN", "2023-01-01", BsnA, "GM0405"));

        var messages = await ReadAllAsync(folder, state: "duo-meldingen-20240106-001.xml");

        Assert.Equal("0", Assert.Single(messages.OfType<SourceRecord>()).SourceId);
        Assert.Equal("duo-meldingen-20240106-001.xml", Assert.Single(messages.OfType<DocumentCompleted>()).State);
        Assert.True(File.Exists(Path.Combine(folder, "processed", "duo-meldingen-20240104-001.xml")));
    }
}

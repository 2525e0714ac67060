using System.Security.Cryptography;
using Inburgering.Hub.Connectors.Abstractions;
using Snapshooter.Xunit;

namespace Inburgering.Hub.Connectors.Coa.Tests;

/// <summary>The contract's example files in connectors/Inburgering.Hub.Connectors.Coa/examples.</summary>
public sealed class ExampleFileTests : IDisposable
{
    private const string KoppelingenFile = "coa-koppelingen-20240105.csv";
    private const string TaakstellingFile = "coa-taakstelling-20240105.csv";
    private readonly TestInbox _inbox = new();

    public void Dispose() => _inbox.Dispose();

    [Fact]
    public async Task Koppelingen_example_yields_every_row_as_a_record()
    {
        _inbox.CopyExample(KoppelingenFile);

        var messages = await ConnectorRun.ReadAllAsync(_inbox);

        Assert.IsType<DocumentStarted>(messages[0]);
        Assert.IsType<DocumentCompleted>(messages[^1]);
        Assert.Empty(messages.OfType<SourceRejection>());
        var records = messages.OfType<SourceRecord>().ToList();
        Assert.Equal(14, records.Count);
        Assert.Equal(12, records.Count(r => string.CompareOrdinal(r.SourceId, "K-000012") <= 0));

        // Elfproef (K-000044) and unknown gemeente GM9999 (K-000045) are engine checks, not the connector's.
        var k44 = Assert.Single(records, r => r.SourceId == "K-000044");
        Assert.Equal("565845756", ((KoppelingRecord)k44.Data).Person.Bsn);
        var k45 = Assert.Single(records, r => r.SourceId == "K-000045");
        Assert.Equal("GM9999", ((KoppelingRecord)k45.Data).GemeenteCode);
    }

    [Fact]
    public async Task Koppelingen_example_messages_match_snapshot()
    {
        _inbox.CopyExample(KoppelingenFile);

        var messages = await ConnectorRun.ReadAllAsync(_inbox);

        Snapshot.Match(messages.Select(Project).ToList());
    }

    [Fact]
    public async Task Document_started_carries_sha256_and_size_of_the_file()
    {
        var path = _inbox.CopyExample(KoppelingenFile);
        var bytes = await File.ReadAllBytesAsync(path);

        var messages = await ConnectorRun.ReadAllAsync(_inbox);

        var started = Assert.IsType<DocumentStarted>(messages[0]);
        Assert.Equal(KoppelingenFile, started.Name);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), started.Sha256);
        Assert.Equal(bytes.Length, started.Size);
    }

    [Fact]
    public async Task Koppeling_fields_are_mapped_from_the_first_example_row()
    {
        _inbox.CopyExample(KoppelingenFile);

        var messages = await ConnectorRun.ReadAllAsync(_inbox);

        var first = messages.OfType<SourceRecord>().First();
        Assert.Equal("K-000001", first.SourceId);
        Assert.Equal($"{KoppelingenFile}:line 2", first.Location);
        Assert.Equal(
            "K-000001;174681458;4255542466;GM0498;18-12-2022;19-03-2023;2022-H2;G-000002;HOOFDPERSOON;1997;YEM;N;GESTART;GEHUISVEST",
            first.Raw);
        var record = Assert.IsType<KoppelingRecord>(first.Data);
        Assert.Equal(new PersonRef("174681458", "4255542466"), record.Person);
        Assert.Equal("GM0498", record.GemeenteCode);
        Assert.Equal(new DateOnly(2022, 12, 18), record.Koppeldatum);
        Assert.Equal(new DateOnly(2023, 3, 19), record.Huisvestingsdatum);
        Assert.Equal("2022-H2", record.TaakstellingPeriode);
        Assert.Equal("G-000002", record.GezinId);
        Assert.Equal("HOOFDPERSOON", record.Gezinsrol);
        Assert.Equal(1997, record.Geboortejaar);
        Assert.Equal("YEM", record.Herkomstland);
        Assert.False(record.Nareiziger);
        Assert.Equal("GESTART", record.Voorinburgering);
        Assert.Equal("GEHUISVEST", record.Status);
    }

    [Fact]
    public async Task Empty_bsn_becomes_null_and_the_record_is_kept()
    {
        _inbox.CopyExample(KoppelingenFile);

        var messages = await ConnectorRun.ReadAllAsync(_inbox);

        var k3 = Assert.Single(messages.OfType<SourceRecord>(), r => r.SourceId == "K-000003");
        var person = ((KoppelingRecord)k3.Data).Person;
        Assert.Null(person.Bsn);
        Assert.Equal("7001892043", person.VNummer);
    }

    [Fact]
    public async Task Taakstelling_example_yields_six_records()
    {
        _inbox.CopyExample(TaakstellingFile);

        var messages = await ConnectorRun.ReadAllAsync(_inbox, stream: "taakstelling");

        var records = messages.OfType<SourceRecord>().ToList();
        Assert.Equal(6, records.Count);
        Assert.Empty(messages.OfType<SourceRejection>());
        Assert.Equal("GM0405:2023-H1", records[0].SourceId);
        Assert.Equal(
            new TaakstellingRecord { GemeenteCode = "GM0405", Periode = "2023-H1", Taakstelling = 27, Gerealiseerd = 40 },
            records[0].Data);
    }

    private static object Project(SourceMessage message) => message switch
    {
        DocumentStarted s => new { Type = "DocumentStarted", s.Name },
        SourceRecord { Data: KoppelingRecord k } r => new
        {
            Type = "SourceRecord",
            r.SourceId,
            r.Location,
            HasBsn = k.Person.Bsn is not null,
            k.Person.VNummer,
            k.GemeenteCode,
            Koppeldatum = k.Koppeldatum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Huisvestingsdatum = k.Huisvestingsdatum?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            k.TaakstellingPeriode,
            k.GezinId,
            k.Gezinsrol,
            k.Geboortejaar,
            k.Herkomstland,
            k.Nareiziger,
            k.Voorinburgering,
            k.Status,
        },
        SourceRejection j => new { Type = "SourceRejection", j.Location, j.ReasonCode, j.Message, j.SourceId, j.GemeenteCode },
        DocumentCompleted c => new { Type = "DocumentCompleted", c.State },
        _ => new { Type = message.GetType().Name },
    };
}

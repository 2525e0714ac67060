using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Sync.Tests.Support;

/// <summary>Builders for COA-like source messages, with a raw CSV line as the contract describes.</summary>
internal static class Coa
{
    public static SourceRecord Koppeling(
        string id,
        string? bsn,
        string? vNummer = null,
        string gemeente = "GM0405",
        string gezinsrol = "HOOFDPERSOON",
        string status = "GEKOPPELD",
        int? geboortejaar = 1990,
        string? herkomstland = "SYR",
        string periode = "2024-H1",
        DateOnly? huisvestingsdatum = null,
        string? gezinId = "G-1",
        int line = 2)
    {
        var record = new KoppelingRecord
        {
            Person = new PersonRef(bsn, vNummer),
            GemeenteCode = gemeente,
            Koppeldatum = new DateOnly(2024, 1, 15),
            Huisvestingsdatum = huisvestingsdatum,
            TaakstellingPeriode = periode,
            GezinId = gezinId,
            Gezinsrol = gezinsrol,
            Geboortejaar = geboortejaar,
            Herkomstland = herkomstland,
            Nareiziger = false,
            Voorinburgering = "GEEN",
            Status = status,
        };
        var raw = string.Join(
            ';',
            id,
            bsn,
            vNummer,
            gemeente,
            "15-01-2024",
            huisvestingsdatum?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            periode,
            gezinId,
            gezinsrol,
            geboortejaar?.ToString(CultureInfo.InvariantCulture),
            herkomstland,
            "N",
            "GEEN",
            status);
        return new SourceRecord(id, $"line {line}", raw, record);
    }

    public static DocumentStarted Start(string name) =>
        new(name, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name))), 1234);

    /// <summary>A complete document: started, the messages, completed with state = the document name.</summary>
    public static List<SourceMessage> Document(string name, params SourceMessage[] messages) =>
        [Start(name), .. messages, new DocumentCompleted(name)];
}

using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Server.Web;

/// <summary>
/// The Dutch wording of the quarantine reason codes for the beheer pages. The codes themselves stay the
/// stable English identifiers of the API (<see cref="ReasonCodes"/>, and the sync engine's
/// <c>RECORD_TOO_LARGE</c> of its record size limit); the connector's own message (English, technical) is
/// shown beside it as the detail.
/// </summary>
internal static class Redenen
{
    /// <summary>The sync engine's code for a record over <c>Hub:Sync:MaxRecordSize</c> or a field over its limit.</summary>
    public const string RecordTooLarge = "RECORD_TOO_LARGE";

    /// <summary>Code → Dutch description, in the order the filter lists them.</summary>
    public static readonly IReadOnlyList<(string Code, string Omschrijving)> Alle =
    [
        (ReasonCodes.InvalidBsn, "Ongeldig BSN (geen 9 cijfers of voldoet niet aan de elfproef)"),
        (ReasonCodes.InvalidVNummer, "Ongeldig V-nummer"),
        (ReasonCodes.NoPersonKey, "Geen BSN en geen V-nummer"),
        (ReasonCodes.UnknownGemeente, "Gemeente wordt niet door de hub bediend"),
        (ReasonCodes.UnknownCode, "Onbekende code"),
        (ReasonCodes.MissingField, "Verplicht veld ontbreekt"),
        (ReasonCodes.InvalidDate, "Ongeldige datum"),
        (ReasonCodes.InvalidNumber, "Ongeldig getal"),
        (ReasonCodes.InvalidValue, "Ongeldige waarde"),
        (ReasonCodes.DuplicateId, "Record-id komt meer dan eens voor in de levering"),
        (ReasonCodes.MalformedRecord, "Record is niet leesbaar"),
        (ReasonCodes.UnreadableDocument, "Levering (bestand of pagina) is niet leesbaar"),
        (RecordTooLarge, "Record of veld is groter dan toegestaan"),
    ];

    private static readonly Dictionary<string, string> PerCode = Alle.ToDictionary(r => r.Code, r => r.Omschrijving, StringComparer.Ordinal);

    /// <summary>The Dutch description of <paramref name="code"/>, or a neutral text for a code a plug-in connector made up.</summary>
    public static string Omschrijving(string code) => PerCode.GetValueOrDefault(code, "Andere reden (zie de melding)");
}

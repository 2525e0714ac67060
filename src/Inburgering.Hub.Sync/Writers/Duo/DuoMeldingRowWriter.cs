using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Persons;

namespace Inburgering.Hub.Sync.Writers.Duo;

/// <summary>
/// The <see cref="DuoMelding"/> rows, through the one upsert path (person validation and
/// pseudonymisation, quarantine, content hash). Checks every code against its code list and the
/// content each soort needs. A kennisgeving claims its gemeente for the person, a VERHUISD its
/// naarGemeente, both with <see cref="GemeentePrioriteit.DuoPlicht"/>; the final responsible gemeente is set from the full
/// derivation afterwards (<see cref="DuoMeldingWriter"/>).
/// </summary>
internal sealed class DuoMeldingRowWriter : RecordWriter<DuoMeldingRecord, DuoMelding>
{
    protected override Rejection? Validate(DuoMeldingRecord record)
    {
        var soort = Code<MeldingSoort>(record.Soort, "soort");
        if (soort is not null)
        {
            return soort;
        }

        if (record.CorrectieVan is { } target && target.Length == 0)
        {
            return new Rejection(ReasonCodes.InvalidValue, "correctieVan is empty.");
        }

        CodeList<MeldingSoort>.TryParse(record.Soort, out var kind);
        return kind switch
        {
            MeldingSoort.InburgeringsplichtGestart =>
                Code<Doelgroep>(record.Doelgroep, "doelgroep") ?? Code<Wet>(record.Wet, "wet"),
            MeldingSoort.TermijnVastgesteld =>
                Required(record.TermijnAanvang, "termijn aanvang") ?? Required(record.TermijnEinde, "termijn einde")
                ?? (record.TermijnEinde < record.TermijnAanvang
                    ? new Rejection(ReasonCodes.InvalidValue, $"termijn einde {record.TermijnEinde:yyyy-MM-dd} lies before aanvang {record.TermijnAanvang:yyyy-MM-dd}.")
                    : null),
            MeldingSoort.TermijnVerlengd =>
                Required(record.VerlengingWeken, "verlenging weken") ?? Required(record.NieuweEinde, "verlenging nieuweEinde"),
            MeldingSoort.Examenuitslag => Examen(record.Examen),
            MeldingSoort.PlichtBeeindigd => Code<BeeindigingReden>(record.Reden, "reden"),
            MeldingSoort.Boete => Required(record.BoeteBedrag, "boete bedrag"),
            MeldingSoort.Verhuisd => string.IsNullOrEmpty(record.NaarGemeenteCode)
                ? new Rejection(ReasonCodes.MissingField, "naarGemeente is required.")
                : GemeenteCode.IsWellFormed(record.NaarGemeenteCode)
                    ? null // a move out of the region is normal: the gemeente need not be configured
                    : new Rejection(ReasonCodes.InvalidValue, $"naarGemeente '{record.NaarGemeenteCode}' is not a CBS gemeentecode (GMnnnn)."),
            _ => null,
        };
    }

    protected override DuoMelding Map(DuoMeldingRecord record) => DuoMapper.ToDuoMelding(record);

    protected override PersonClaim ClaimPerson(DuoMeldingRecord record, PersonKey key) => record.Soort switch
    {
        "INBURGERINGSPLICHT_GESTART" => new(key, record.GemeenteCode, GemeentePrioriteit.DuoPlicht, record.Geboortejaar),
        "VERHUISD" when record.NaarGemeenteCode is not null => new(key, record.NaarGemeenteCode, GemeentePrioriteit.DuoPlicht),
        _ => new(key, record.GemeenteCode, 0),
    };

    private static Rejection? Examen(ExamenUitslag? examen)
    {
        if (examen is null)
        {
            return new Rejection(ReasonCodes.MissingField, "examen is required for an EXAMENUITSLAG.");
        }

        return Code<ExamenOnderdeel>(examen.Onderdeel, "examen onderdeel")
            ?? Code<Niveau>(examen.Niveau, "examen niveau")
            ?? (examen.Niveau == CodeList<Niveau>.ToCode(Niveau.A0)
                ? new Rejection(ReasonCodes.UnknownCode, "examen niveau 'A0' is not an examen niveau (expected A1, A2, B1 or B2).")
                : null)
            ?? Code<ExamenResultaat>(examen.Resultaat, "examen resultaat");
    }

    private static Rejection? Required<T>(T? value, string field)
        where T : struct =>
        value is null ? new Rejection(ReasonCodes.MissingField, $"{field} is required.") : null;
}

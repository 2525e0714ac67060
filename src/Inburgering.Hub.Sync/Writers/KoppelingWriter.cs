using System.Text.RegularExpressions;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Sync.Persons;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>COA koppelingen.</summary>
internal sealed partial class KoppelingWriter : RecordWriter<KoppelingRecord, Koppeling>
{
    protected override GemeentePrioriteit GemeentePrioriteit => GemeentePrioriteit.CoaKoppeling;

    protected override Rejection? Validate(KoppelingRecord record) =>
        Code<Gezinsrol>(record.Gezinsrol, "gezinsrol")
        ?? Code<Voorinburgering>(record.Voorinburgering, "voorinburgering")
        ?? Code<KoppelingStatus>(record.Status, "status")
        ?? (PeriodePattern().IsMatch(record.TaakstellingPeriode)
            ? null
            : new Rejection(ReasonCodes.InvalidValue, $"taakstelling_periode '{record.TaakstellingPeriode}' is not YYYY-H1 or YYYY-H2."))
        ?? (record.Huisvestingsdatum is { } h && h < record.Koppeldatum
            ? new Rejection(ReasonCodes.InvalidValue, $"huisvestingsdatum {h:yyyy-MM-dd} lies before koppeldatum {record.Koppeldatum:yyyy-MM-dd}.")
            : null);

    protected override Koppeling Map(KoppelingRecord record) => CanonicalMapper.ToKoppeling(record);

    protected override PersonClaim ClaimPerson(KoppelingRecord record, PersonKey key) =>
        new(key, record.GemeenteCode, GemeentePrioriteit, record.Geboortejaar, record.Herkomstland);

    [GeneratedRegex("^[0-9]{4}-H[12]$")]
    private static partial Regex PeriodePattern();
}

using System.Globalization;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>Participatie- and werkactiviteiten (WerkSaam, sample connector).</summary>
internal sealed class ParticipatieWriter : RecordWriter<ParticipatieRecord, Participatieactiviteit>
{
    protected override Rejection? Validate(ParticipatieRecord record) =>
        Code<ParticipatieSoort>(record.Soort, "soort")
        ?? (record.UrenPerWeek is { } uren && uren < 0
            ? new Rejection(ReasonCodes.InvalidNumber, string.Create(CultureInfo.InvariantCulture, $"urenPerWeek {uren} must not be negative."))
            : null)
        ?? (record.Einddatum is { } eind && eind < record.Startdatum
            ? new Rejection(ReasonCodes.InvalidValue, $"einddatum {eind:yyyy-MM-dd} lies before startdatum {record.Startdatum:yyyy-MM-dd}.")
            : null);

    protected override Participatieactiviteit Map(ParticipatieRecord record) => CanonicalMapper.ToParticipatieactiviteit(record);
}

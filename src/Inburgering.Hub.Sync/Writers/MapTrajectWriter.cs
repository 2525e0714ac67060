using System.Globalization;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>MAP-trajecten (Module Arbeidsmarkt en Participatie, WerkSaam).</summary>
internal sealed class MapTrajectWriter : RecordWriter<MapTrajectRecord, MapTraject>
{
    /// <summary>The MAP has eight themas.</summary>
    private const int Themas = 8;

    protected override Rejection? Validate(MapTrajectRecord record) =>
        Code<MapResultaat>(record.Resultaat, "resultaat")
        ?? (record.ThemasAfgerond is < 0 or > Themas
            ? new Rejection(ReasonCodes.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"themasAfgerond {record.ThemasAfgerond} is not between 0 and {Themas}."))
            : null)
        ?? (record.PraktijkUren < 0
            ? new Rejection(ReasonCodes.InvalidNumber, string.Create(CultureInfo.InvariantCulture, $"praktijkUren {record.PraktijkUren} must not be negative."))
            : null)
        ?? (record.DatumEindgesprek is { } eind && eind < record.Startdatum
            ? new Rejection(ReasonCodes.InvalidValue, $"datumEindgesprek {eind:yyyy-MM-dd} lies before startdatum {record.Startdatum:yyyy-MM-dd}.")
            : null);

    protected override MapTraject Map(MapTrajectRecord record) => WerkSaamMapper.ToMapTraject(record);
}

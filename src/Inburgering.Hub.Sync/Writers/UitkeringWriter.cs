using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>Uitkeringen (WerkSaam).</summary>
internal sealed class UitkeringWriter : RecordWriter<UitkeringRecord, Uitkering>
{
    protected override Rejection? Validate(UitkeringRecord record) =>
        Code<UitkeringSoort>(record.Soort, "soort")
        ?? Code<RedenUitstroom>(record.RedenUitstroom, "redenUitstroom", required: false)
        ?? (record.Einddatum is { } eind && eind < record.Ingangsdatum
            ? new Rejection(ReasonCodes.InvalidValue, $"einddatum {eind:yyyy-MM-dd} lies before ingangsdatum {record.Ingangsdatum:yyyy-MM-dd}.")
            : null);

    protected override Uitkering Map(UitkeringRecord record) => WerkSaamMapper.ToUitkering(record);
}

using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>COA taakstelling per gemeente and half year.</summary>
internal sealed class TaakstellingWriter : RecordWriter<TaakstellingRecord, Taakstelling>
{
    protected override Rejection? Validate(TaakstellingRecord record) =>
        record.Taakstelling < 0 || record.Gerealiseerd < 0
            ? new Rejection(ReasonCodes.InvalidNumber, "taakstelling and gerealiseerd must not be negative.")
            : null;

    protected override Taakstelling Map(TaakstellingRecord record) => CanonicalMapper.ToTaakstelling(record);
}

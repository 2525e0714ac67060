using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>Brede intakes and PIPs (WerkSaam RIT).</summary>
internal sealed class IntakeWriter : RecordWriter<IntakeRecord, BredeIntake>
{
    protected override Rejection? Validate(IntakeRecord record) =>
        Code<Leerroute>(record.AdviesLeerroute, "adviesLeerroute", required: false)
        ?? Code<Leerroute>(record.Leerroute, "leerroute", required: false)
        ?? (record.PipDagtekening is { } pip && record.BredeIntakeDatum is { } intake && pip < intake
            ? new Rejection(ReasonCodes.InvalidValue, $"pipDagtekening {pip:yyyy-MM-dd} lies before bredeIntakeDatum {intake:yyyy-MM-dd}.")
            : null)
        ?? (record.PipBeeindigdOp is { } eind && record.PipDagtekening is { } dagtekening && eind < dagtekening
            ? new Rejection(ReasonCodes.InvalidValue, $"pipBeeindigdOp {eind:yyyy-MM-dd} lies before pipDagtekening {dagtekening:yyyy-MM-dd}.")
            : null);

    protected override BredeIntake Map(IntakeRecord record) => WerkSaamMapper.ToBredeIntake(record);
}

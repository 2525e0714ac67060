using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>
/// The <see cref="Pvt"/> part of <see cref="VoortgangWriter"/>: a completed participatieverklaringstraject,
/// from lines with <see cref="VoortgangRecord.PvtAfgerondOp"/> (source id <c>&lt;aanbieder&gt;:&lt;cursistId&gt;:pvt</c>).
/// </summary>
internal sealed class PvtWriter : RecordWriter<VoortgangRecord, Pvt>
{
    /// <summary>Part of <see cref="VoortgangWriter"/>: its rows are keyed and linked across a voortgang file's lines.</summary>
    public override bool Independent => false;

    /// <summary>The pvt's source id.</summary>
    public static string SourceIdOf(VoortgangRecord record) => $"{record.Aanbieder}:{record.CursistId}:pvt";

    protected override Rejection? Validate(VoortgangRecord record) =>
        LeerrouteDeelnameWriter.Rules(record)
        ?? (record.PvtAfgerondOp is null ? new Rejection(ReasonCodes.MissingField, "pvtAfgerondOp is required for a pvt.") : null);

    protected override Pvt Map(VoortgangRecord record) => TaalaanbiederMapper.ToPvt(record);
}

using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>
/// The <see cref="Voortgangsmeting"/> part of <see cref="VoortgangWriter"/>: one row per line (source
/// id <c>&lt;aanbieder&gt;:&lt;cursistId&gt;:&lt;peildatum&gt;</c>, the line's own id), linked to its
/// deelname through <paramref name="deelnameIds"/> (deelname source id → row id). One instance per batch.
/// </summary>
internal sealed class VoortgangsmetingWriter(IReadOnlyDictionary<string, long> deelnameIds) : RecordWriter<VoortgangRecord, Voortgangsmeting>
{
    /// <summary>Part of <see cref="VoortgangWriter"/>: its rows are keyed and linked across a voortgang file's lines.</summary>
    public override bool Independent => false;

    protected override Rejection? Validate(VoortgangRecord record) => LeerrouteDeelnameWriter.Rules(record);

    protected override Voortgangsmeting Map(VoortgangRecord record)
    {
        var meting = TaalaanbiederMapper.ToVoortgangsmeting(record);
        meting.LeerrouteDeelnameId = deelnameIds[LeerrouteDeelnameWriter.SourceIdOf(record)];
        return meting;
    }
}

using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Values;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>
/// The <see cref="LeerrouteDeelname"/> part of <see cref="VoortgangWriter"/> (source id
/// <c>&lt;aanbieder&gt;:&lt;cursistId&gt;</c>). It sees every line of the batch so that person, gemeente
/// and <see cref="Rules"/> are checked exactly as by every other writer, but writes only the
/// <paramref name="winners"/>: per deelname the valid line with the latest peildatum, when that is
/// not older than the stored one. Every other valid line is refused as <see cref="Superseded"/>,
/// which <see cref="VoortgangWriter"/> does not report. A winner with a final status and no
/// einddatum of its own ends on the date in <paramref name="einddatums"/> (see
/// <see cref="VoortgangWriter"/>: the peildatum of the deelname's first line with a final status).
/// One instance per batch.
/// </summary>
internal sealed class LeerrouteDeelnameWriter(IReadOnlySet<object> winners, IReadOnlyDictionary<object, DateOnly> einddatums) : RecordWriter<VoortgangRecord, LeerrouteDeelname>
{
    /// <summary>Part of <see cref="VoortgangWriter"/>: its rows are keyed and linked across a voortgang file's lines.</summary>
    public override bool Independent => false;

    /// <summary>Internal reason: the line is valid but not the latest of its deelname (never quarantined).</summary>
    public const string Superseded = "SUPERSEDED";

    private static readonly Rejection SupersededRejection = new(Superseded, "A later progress line of this deelname decides its status.");

    /// <summary>
    /// The checks of a progress line: code lists, hours ≥ 0, date order. An einddatum is not required:
    /// providers without an einddatum column end a deelname on the peildatum of its first final line
    /// (taalaanbieder contract, field einddatum).
    /// </summary>
    public static Rejection? Rules(VoortgangRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Code<Leerroute>(record.Leerroute, "leerroute")
            ?? Code<DeelnameStatus>(record.Status, "status")
            ?? Code<Niveau>(record.NiveauLezen, "niveauLezen", required: false)
            ?? Code<Niveau>(record.NiveauLuisteren, "niveauLuisteren", required: false)
            ?? Code<Niveau>(record.NiveauSchrijven, "niveauSchrijven", required: false)
            ?? Code<Niveau>(record.NiveauSpreken, "niveauSpreken", required: false)
            ?? Hours(record.UrenAangeboden, "urenAangeboden")
            ?? Hours(record.UrenGevolgd, "urenGevolgd")
            ?? Hours(record.UrenGeoorloofdVerzuim, "urenGeoorloofdVerzuim")
            ?? Hours(record.UrenOngeoorloofdVerzuim, "urenOngeoorloofdVerzuim")
            ?? Hours(record.UrenParticipatie, "urenParticipatie")
            ?? (record.Startdatum > record.Peildatum
                ? new Rejection(ReasonCodes.InvalidValue, $"startdatum {record.Startdatum:yyyy-MM-dd} lies after peildatum {record.Peildatum:yyyy-MM-dd}.")
                : null)
            ?? (record.Einddatum is { } eind && eind < record.Startdatum
                ? new Rejection(ReasonCodes.InvalidValue, $"einddatum {eind:yyyy-MM-dd} lies before startdatum {record.Startdatum:yyyy-MM-dd}.")
                : null);
    }

    /// <summary>The deelname's source id.</summary>
    public static string SourceIdOf(VoortgangRecord record) => $"{record.Aanbieder}:{record.CursistId}";

    protected override Rejection? Validate(VoortgangRecord record) =>
        Rules(record) ?? (winners.Contains(record) ? null : SupersededRejection);

    /// <summary>Whether <paramref name="status"/> (a valid code) ends a deelname: every status but LOPEND.</summary>
    public static bool IsFinal(string status) => CodeList<DeelnameStatus>.Parse(status) != DeelnameStatus.Lopend;

    protected override LeerrouteDeelname Map(VoortgangRecord record)
    {
        var deelname = TaalaanbiederMapper.ToLeerrouteDeelname(record);
        if (deelname.Status != DeelnameStatus.Lopend && deelname.Einddatum is null && einddatums.TryGetValue(record, out var einde))
        {
            deelname.Einddatum = einde;
        }

        return deelname;
    }

    private static Rejection? Hours(decimal? hours, string field) =>
        hours < 0
            ? new Rejection(ReasonCodes.InvalidValue, $"{field} {hours.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} is negative.")
            : null;
}

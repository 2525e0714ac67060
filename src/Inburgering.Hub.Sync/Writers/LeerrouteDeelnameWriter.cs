using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>
/// The <see cref="LeerrouteDeelname"/> part of <see cref="VoortgangWriter"/> (source id
/// <c>&lt;aanbieder&gt;:&lt;cursistId&gt;</c>). It sees every line of the batch so that person, gemeente
/// and <see cref="Rules"/> are checked exactly as by every other writer, but writes only the
/// <paramref name="winners"/>: per deelname the valid line with the latest peildatum, when that is
/// not older than the stored one. Every other valid line is refused as <see cref="Superseded"/>,
/// which <see cref="VoortgangWriter"/> does not report. One instance per batch.
/// </summary>
internal sealed class LeerrouteDeelnameWriter(IReadOnlySet<object> winners) : RecordWriter<VoortgangRecord, LeerrouteDeelname>
{
    /// <summary>Internal reason: the line is valid but not the latest of its deelname (never quarantined).</summary>
    public const string Superseded = "SUPERSEDED";

    private static readonly Rejection SupersededRejection = new(Superseded, "A later progress line of this deelname decides its status.");

    /// <summary>The checks of a progress line: code lists, einddatum when the deelname ended, hours ≥ 0, date order.</summary>
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
            ?? (record.Status != "LOPEND" && record.Einddatum is null
                ? new Rejection(ReasonCodes.MissingField, $"einddatum is required when status is {record.Status}.")
                : null)
            ?? (record.Startdatum > record.Peildatum
                ? new Rejection(ReasonCodes.InvalidValue, $"startdatum {record.Startdatum:yyyy-MM-dd} lies after peildatum {record.Peildatum:yyyy-MM-dd}.")
                : null)
            ?? (record.Einddatum is { } eind && eind < record.Startdatum
                ? new Rejection(ReasonCodes.InvalidValue, $"einddatum {eind:yyyy-MM-dd} lies before startdatum {record.Startdatum:yyyy-MM-dd}.")
                : null);
    }

    /// <summary>The deelname's source id.</summary>
    public static string SourceIdOf(VoortgangRecord record) => $"{record.Aanbieder}:{record.CursistId}";

    protected override Rejection? Validate(VoortgangRecord record, WriteContext context) =>
        Rules(record) ?? (winners.Contains(record) ? null : SupersededRejection);

    protected override LeerrouteDeelname Map(VoortgangRecord record) => TaalaanbiederMapper.ToLeerrouteDeelname(record);

    private static Rejection? Hours(decimal? hours, string field) =>
        hours < 0
            ? new Rejection(ReasonCodes.InvalidValue, $"{field} {hours.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} is negative.")
            : null;
}

using System.Globalization;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Text;
using F = Inburgering.Hub.Connectors.Taalaanbieder.VoortgangField;

namespace Inburgering.Hub.Connectors.Taalaanbieder;

/// <summary>
/// Turns the rows of one aanbieder file into <see cref="VoortgangRecord"/>s with source id
/// <c>&lt;aanbieder&gt;:&lt;cursistId&gt;:&lt;peildatum yyyy-MM-dd&gt;</c>. It checks the format only;
/// BSN, gemeente, code lists and plausibility are the engine's checks. One instance per file.
/// </summary>
internal sealed class VoortgangRowParser(AanbiederMapping mapping)
{
    private readonly HashSet<string> _seenIds = new(StringComparer.Ordinal);

    public SourceMessage Parse(VoortgangRow row)
    {
        ArgumentNullException.ThrowIfNull(row);

        var cursistId = row.Required(F.CursistId);
        var bsn = row.Text(F.Bsn);
        var vNummer = row.Text(F.VNummer);
        var gemeente = row.Required(F.GemeenteCode)?.ToUpperInvariant();
        var leerroute = row.Code(F.Leerroute, required: true);
        var startdatum = row.Date(F.Startdatum, required: true);
        var peildatum = row.Date(F.Peildatum, required: true);
        var status = row.Code(F.Status, required: true);
        var einddatum = row.Date(F.Einddatum, required: false);
        var aangeboden = row.Number(F.UrenAangeboden, required: true);
        var gevolgd = row.Number(F.UrenGevolgd, required: true);
        var geoorloofd = row.Number(F.UrenGeoorloofdVerzuim, required: true);
        var ongeoorloofd = row.Number(F.UrenOngeoorloofdVerzuim, required: true);
        var participatie = row.Number(F.UrenParticipatie, required: false);
        var lezen = row.Code(F.NiveauLezen, required: false);
        var luisteren = row.Code(F.NiveauLuisteren, required: false);
        var schrijven = row.Code(F.NiveauSchrijven, required: false);
        var spreken = row.Code(F.NiveauSpreken, required: false);
        var knm = row.Flag(F.KnmAfgerond);
        var pvt = row.Date(F.PvtAfgerondOp, required: false);

        var id = cursistId is null || peildatum is null ? null : SourceId(mapping.Code, cursistId, peildatum.Value);
        if (row.Failed)
        {
            return row.Rejection(id, gemeente);
        }

        if (!_seenIds.Add(id!))
        {
            return row.Reject(
                ReasonCodes.DuplicateId,
                $"Cursist '{IdentifierMask.Mask(cursistId!)}' has more than one line for peildatum {peildatum:yyyy-MM-dd} in the file; the first one is kept.",
                id,
                gemeente);
        }

        var record = new VoortgangRecord
        {
            Person = new PersonRef(bsn, vNummer),
            GemeenteCode = gemeente!,
            Aanbieder = mapping.Code,
            CursistId = cursistId!,
            Leerroute = leerroute!,
            Startdatum = startdatum!.Value,
            Peildatum = peildatum!.Value,
            Status = status!,
            Einddatum = einddatum,
            UrenAangeboden = aangeboden!.Value,
            UrenGevolgd = gevolgd!.Value,
            UrenGeoorloofdVerzuim = geoorloofd!.Value,
            UrenOngeoorloofdVerzuim = ongeoorloofd!.Value,
            UrenParticipatie = participatie,
            NiveauLezen = lezen,
            NiveauLuisteren = luisteren,
            NiveauSchrijven = schrijven,
            NiveauSpreken = spreken,
            KnmAfgerond = knm!.Value,
            PvtAfgerondOp = pvt,
        };
        return new SourceRecord(id!, row.Location, row.Raw, record);
    }

    /// <summary>The stable id of one progress line.</summary>
    public static string SourceId(string aanbieder, string cursistId, DateOnly peildatum) =>
        string.Create(CultureInfo.InvariantCulture, $"{aanbieder}:{cursistId}:{peildatum:yyyy-MM-dd}");
}

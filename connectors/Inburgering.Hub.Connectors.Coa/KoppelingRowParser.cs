using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Coa;

/// <summary>
/// Reads the rows of <c>coa-koppelingen-YYYYMMDD.csv</c> into <see cref="KoppelingRecord"/>s. It
/// checks the format only; BSN elfproef, gemeente, code values and duplicate ids are the engine's checks.
/// </summary>
internal sealed class KoppelingRowParser : ICoaRowParser
{
    private const string KoppelingId = "koppeling_id";
    private const string Bsn = "bsn";
    private const string VNummer = "v_nummer";
    private const string GemeenteCode = "gemeente_code";
    private const string Koppeldatum = "koppeldatum";
    private const string Huisvestingsdatum = "huisvestingsdatum";
    private const string TaakstellingPeriode = "taakstelling_periode";
    private const string GezinId = "gezin_id";
    private const string Gezinsrol = "gezinsrol";
    private const string Geboortejaar = "geboortejaar";
    private const string Herkomstland = "herkomstland";
    private const string Nareiziger = "nareiziger";
    private const string Voorinburgering = "voorinburgering";
    private const string Status = "status";

    /// <inheritdoc/>
    public IReadOnlyList<string> Columns { get; } =
    [
        KoppelingId, Bsn, VNummer, GemeenteCode, Koppeldatum, Huisvestingsdatum, TaakstellingPeriode,
        GezinId, Gezinsrol, Geboortejaar, Herkomstland, Nareiziger, Voorinburgering, Status,
    ];

    /// <inheritdoc/>
    public SourceMessage Parse(CsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);

        // A koppeling_id that occurs twice in a file is the engine's check (DUPLICATE_ID): keeping
        // every id of a million-row file here would make memory grow with the file.
        var id = row.Required(KoppelingId);
        var bsn = row.Text(Bsn);
        var vNummer = row.Required(VNummer);
        var gemeente = row.Code(GemeenteCode, required: true);
        var koppeldatum = row.Date(Koppeldatum, required: true);
        var huisvestingsdatum = row.Date(Huisvestingsdatum, required: false);
        var periode = row.Periode(TaakstellingPeriode);
        var gezinId = row.Text(GezinId);
        var gezinsrol = row.Code(Gezinsrol, required: true);
        var geboortejaar = row.Year(Geboortejaar);
        var herkomstland = row.Code(Herkomstland);
        var nareiziger = row.YesNo(Nareiziger);
        var voorinburgering = row.Code(Voorinburgering, required: true);
        var status = row.Code(Status, required: true);

        if (row.Failed)
        {
            return row.Rejection(id, gemeente ?? row.Code(GemeenteCode));
        }

        var record = new KoppelingRecord
        {
            Person = new PersonRef(bsn, vNummer),
            GemeenteCode = gemeente!,
            Koppeldatum = koppeldatum!.Value,
            Huisvestingsdatum = huisvestingsdatum,
            TaakstellingPeriode = periode!,
            GezinId = gezinId,
            Gezinsrol = gezinsrol!,
            Geboortejaar = geboortejaar,
            Herkomstland = herkomstland,
            Nareiziger = nareiziger!.Value,
            Voorinburgering = voorinburgering!,
            Status = status!,
        };
        return new SourceRecord(id!, row.Location, row.Raw, record);
    }
}

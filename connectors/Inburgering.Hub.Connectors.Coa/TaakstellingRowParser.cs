using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Coa;

/// <summary>
/// Reads the rows of <c>coa-taakstelling-YYYYMMDD.csv</c> into <see cref="TaakstellingRecord"/>s,
/// identified by <c>&lt;gemeente_code&gt;:&lt;periode&gt;</c>.
/// </summary>
internal sealed class TaakstellingRowParser : ICoaRowParser
{
    private const string GemeenteCode = "gemeente_code";
    private const string Periode = "periode";
    private const string Taakstelling = "taakstelling";
    private const string Gerealiseerd = "gerealiseerd";

    private readonly HashSet<string> _seenIds = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public IReadOnlyList<string> Columns { get; } = [GemeenteCode, Periode, Taakstelling, Gerealiseerd];

    /// <inheritdoc/>
    public SourceMessage Parse(CsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);

        var gemeente = row.Code(GemeenteCode, required: true);
        var periode = row.Periode(Periode);
        var id = gemeente is null || periode is null ? null : $"{gemeente}:{periode}";
        if (id is not null && !_seenIds.Add(id))
        {
            return row.Reject(
                ReasonCodes.DuplicateId,
                $"Gemeente and periode '{id}' occur more than once in the file; the first occurrence is kept.",
                id,
                gemeente);
        }

        var taakstelling = row.Count(Taakstelling);
        var gerealiseerd = row.Count(Gerealiseerd);

        if (row.Failed)
        {
            return row.Rejection(id, gemeente);
        }

        var record = new TaakstellingRecord
        {
            GemeenteCode = gemeente!,
            Periode = periode!,
            Taakstelling = taakstelling!.Value,
            Gerealiseerd = gerealiseerd!.Value,
        };
        return new SourceRecord(id!, row.Location, row.Raw, record);
    }
}

using Inburgering.Hub.Domain;

namespace Inburgering.Hub.GraphQL.Reports;

/// <summary>
/// The counted cells of all sections, looked up per gemeente (null = region); absent = 0. Cells marked
/// suppressed read as null.
/// </summary>
public sealed class ReportCounts
{
    private readonly Dictionary<ReportCel, int> _counts = [];
    private readonly HashSet<ReportCel> _suppressed = [];

    /// <summary>Every row that has a count somewhere (gemeente left out).</summary>
    public IEnumerable<ReportCel> Rows => _counts.Keys.Select(k => k.For(null)).Distinct();

    public void AddRange(IEnumerable<ReportCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        foreach (var c in counts)
        {
            _counts[new ReportCel(c.Gemeente, c.Groep, c.Rij, c.Leerroute, c.Soort)] = c.Aantal;
        }
    }

    /// <summary>The count of a cell, suppressed or not (for the suppression itself).</summary>
    public int Raw(ReportCel cel) => _counts.GetValueOrDefault(cel);

    public void Suppress(IEnumerable<ReportCel> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _suppressed.UnionWith(cells);
    }

    public bool IsSuppressed(ReportCel cel) => _suppressed.Contains(cel);

    /// <summary>The count of a cell; null when it is suppressed.</summary>
    public int? Get(string? gemeente, int groep, string rij, Leerroute? leerroute = null, ParticipatieSoort? soort = null)
    {
        var cel = new ReportCel(gemeente, groep, rij, leerroute, soort);
        return _suppressed.Contains(cel) ? null : _counts.GetValueOrDefault(cel);
    }
}

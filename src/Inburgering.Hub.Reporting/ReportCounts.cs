using Inburgering.Hub.Domain;

namespace Inburgering.Hub.Reporting;

/// <summary>
/// The counted cells of all sections, looked up per gemeente (null = region); absent = 0. A cell with a
/// published (perturbed) value reads as that value.
/// </summary>
public sealed class ReportCounts
{
    private readonly Dictionary<ReportCel, int> _counts = [];
    private readonly Dictionary<ReportCel, int> _published = [];

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

    /// <summary>The true count of a cell (for the perturbation itself).</summary>
    public int Raw(ReportCel cel) => _counts.GetValueOrDefault(cel);

    /// <summary>Publishes <paramref name="value"/> for <paramref name="cel"/> instead of its true count.</summary>
    public void Publish(ReportCel cel, int value) => _published[cel] = value;

    /// <summary>The published count of a cell.</summary>
    public int Get(string? gemeente, int groep, string rij, Leerroute? leerroute = null, ParticipatieSoort? soort = null)
    {
        var cel = new ReportCel(gemeente, groep, rij, leerroute, soort);
        return _published.TryGetValue(cel, out var value) ? value : _counts.GetValueOrDefault(cel);
    }
}

using Inburgering.Hub.Domain;

namespace Inburgering.Hub.GraphQL.Reports;

/// <summary>The counted rows of all sections, looked up per gemeente (null = region); absent = 0.</summary>
public sealed class ReportCounts
{
    private readonly Dictionary<(string? Gemeente, int Groep, string Rij, Leerroute? Leerroute, ParticipatieSoort? Soort), int> _counts = [];

    public void AddRange(IEnumerable<ReportCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        foreach (var c in counts)
        {
            _counts[(c.Gemeente, c.Groep, c.Rij, c.Leerroute, c.Soort)] = c.Aantal;
        }
    }

    public int Get(string? gemeente, int groep, string rij, Leerroute? leerroute = null, ParticipatieSoort? soort = null) =>
        _counts.GetValueOrDefault((gemeente, groep, rij, leerroute, soort));
}

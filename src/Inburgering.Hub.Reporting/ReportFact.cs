using Inburgering.Hub.Domain;

namespace Inburgering.Hub.Reporting;

/// <summary>
/// One counted unit of a report cell (for the cell-key method, <see cref="ReportPerturbation"/>): the
/// gemeente on the record, the key that is counted distinctly (a person id, or a traject/PIP id where the
/// definition counts those), the doelgroep group, the row name and the leerroute or soort the row is split by.
/// </summary>
public sealed class ReportFact
{
    public string Gemeente { get; set; } = "";

    public long Sleutel { get; set; }

    /// <summary>One of <see cref="ReportGroep"/>.</summary>
    public int Groep { get; set; }

    public string Rij { get; set; } = "";

    public Leerroute? Leerroute { get; set; }

    public ParticipatieSoort? Soort { get; set; }
}

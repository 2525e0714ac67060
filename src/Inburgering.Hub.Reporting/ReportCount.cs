using Inburgering.Hub.Domain;

namespace Inburgering.Hub.Reporting;

/// <summary>A distinct count of <see cref="ReportFact.Sleutel"/> for one gemeente (or the region when <see cref="Gemeente"/> is null) and row.</summary>
public sealed class ReportCount
{
    public string? Gemeente { get; set; }

    public int Groep { get; set; }

    public string Rij { get; set; } = "";

    public Leerroute? Leerroute { get; set; }

    public ParticipatieSoort? Soort { get; set; }

    public int Aantal { get; set; }
}

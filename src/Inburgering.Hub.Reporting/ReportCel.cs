using Inburgering.Hub.Domain;

namespace Inburgering.Hub.Reporting;

/// <summary>One counted cell: a gemeente (null = the region) and a row.</summary>
public readonly record struct ReportCel(string? Gemeente, int Groep, string Rij, Leerroute? Leerroute, ParticipatieSoort? Soort)
{
    /// <summary>The same row for another gemeente.</summary>
    public ReportCel For(string? gemeente) => this with { Gemeente = gemeente };
}

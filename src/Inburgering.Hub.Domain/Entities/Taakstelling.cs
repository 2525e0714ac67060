namespace Inburgering.Hub.Domain.Entities;

/// <summary>Half-year housing target of a gemeente (set by the Rijk) and what was realised.</summary>
public sealed class Taakstelling : SourcedRecord, IGemeenteScoped
{
    public string GemeenteCode { get; set; } = "";

    /// <summary><c>YYYY-H1</c> or <c>YYYY-H2</c>.</summary>
    public string Periode { get; set; } = "";

    public int Aantal { get; set; }

    public int Gerealiseerd { get; set; }
}

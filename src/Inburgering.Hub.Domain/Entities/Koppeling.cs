namespace Inburgering.Hub.Domain.Entities;

/// <summary>COA koppeling of a statushouder to a gemeente (TVS export).</summary>
public sealed class Koppeling : PersonFact
{
    public DateOnly Koppeldatum { get; set; }

    public DateOnly? Huisvestingsdatum { get; set; }

    /// <summary>Half-year taakstelling period, <c>YYYY-H1</c> or <c>YYYY-H2</c>.</summary>
    public string TaakstellingPeriode { get; set; } = "";

    public string? GezinId { get; set; }

    public Gezinsrol Gezinsrol { get; set; }

    public bool Nareiziger { get; set; }

    public Voorinburgering Voorinburgering { get; set; }

    public KoppelingStatus Status { get; set; }
}

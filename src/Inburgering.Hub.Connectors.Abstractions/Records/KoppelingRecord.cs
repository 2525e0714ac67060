namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>COA koppeling of a statushouder to a gemeente.</summary>
public sealed record KoppelingRecord : PersonIngestRecord
{
    public required DateOnly Koppeldatum { get; init; }

    public DateOnly? Huisvestingsdatum { get; init; }

    /// <summary><c>YYYY-H1</c> or <c>YYYY-H2</c>.</summary>
    public required string TaakstellingPeriode { get; init; }

    public string? GezinId { get; init; }

    /// <summary>HOOFDPERSOON, PARTNER, KIND, OVERIG.</summary>
    public required string Gezinsrol { get; init; }

    public int? Geboortejaar { get; init; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    public string? Herkomstland { get; init; }

    public required bool Nareiziger { get; init; }

    /// <summary>GEEN, GESTART, AFGEROND.</summary>
    public required string Voorinburgering { get; init; }

    /// <summary>GEKOPPELD, GEHUISVEST, ONTKOPPELD.</summary>
    public required string Status { get; init; }
}

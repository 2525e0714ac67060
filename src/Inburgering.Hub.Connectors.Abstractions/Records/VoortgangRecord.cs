namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>One taalaanbieder progress line: a cursist's leerroute on one peildatum.</summary>
public sealed record VoortgangRecord : PersonIngestRecord
{
    public required string Aanbieder { get; init; }

    public required string CursistId { get; init; }

    public required string Leerroute { get; init; }

    public required DateOnly Startdatum { get; init; }

    public required DateOnly Peildatum { get; init; }

    public required string Status { get; init; }

    public DateOnly? Einddatum { get; init; }

    public decimal UrenAangeboden { get; init; }

    public decimal UrenGevolgd { get; init; }

    public decimal UrenGeoorloofdVerzuim { get; init; }

    public decimal UrenOngeoorloofdVerzuim { get; init; }

    public decimal? UrenParticipatie { get; init; }

    public string? NiveauLezen { get; init; }

    public string? NiveauLuisteren { get; init; }

    public string? NiveauSchrijven { get; init; }

    public string? NiveauSpreken { get; init; }

    public bool KnmAfgerond { get; init; }

    public DateOnly? PvtAfgerondOp { get; init; }
}

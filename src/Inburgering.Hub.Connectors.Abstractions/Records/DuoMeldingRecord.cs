namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>A DUO melding; which optional parts are filled depends on <see cref="Soort"/>.</summary>
public sealed record DuoMeldingRecord : PersonIngestRecord
{
    /// <summary>INBURGERINGSPLICHT_GESTART, TERMIJN_VASTGESTELD, … (the contract's soorten).</summary>
    public required string Soort { get; init; }

    public required DateOnly Datum { get; init; }

    /// <summary>Id of the melding this one replaces.</summary>
    public string? CorrectieVan { get; init; }

    public string? Doelgroep { get; init; }

    public string? Wet { get; init; }

    public int? Geboortejaar { get; init; }

    public DateOnly? TermijnAanvang { get; init; }

    public DateOnly? TermijnEinde { get; init; }

    public int? VerlengingWeken { get; init; }

    public DateOnly? NieuweEinde { get; init; }

    public string? Grond { get; init; }

    public ExamenUitslag? Examen { get; init; }

    public string? Reden { get; init; }

    public decimal? BoeteBedrag { get; init; }

    public string? NaarGemeenteCode { get; init; }
}

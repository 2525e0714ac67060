namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>Half-year housing target of a gemeente and what was realised.</summary>
public sealed record TaakstellingRecord : IngestRecord
{
    public required string GemeenteCode { get; init; }

    /// <summary><c>YYYY-H1</c> or <c>YYYY-H2</c>.</summary>
    public required string Periode { get; init; }

    public required int Taakstelling { get; init; }

    public required int Gerealiseerd { get; init; }
}

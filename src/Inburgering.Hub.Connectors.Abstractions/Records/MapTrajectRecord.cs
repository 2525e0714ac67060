namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>WerkSaam MAP-traject.</summary>
public sealed record MapTrajectRecord : PersonIngestRecord
{
    public required DateOnly Startdatum { get; init; }

    public decimal PraktijkUren { get; init; }

    public int ThemasAfgerond { get; init; }

    public DateOnly? DatumEindgesprek { get; init; }

    public required string Resultaat { get; init; }
}

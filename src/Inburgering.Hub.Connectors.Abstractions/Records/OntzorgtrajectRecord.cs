namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>WerkSaam financieel ontzorgen.</summary>
public sealed record OntzorgtrajectRecord : PersonIngestRecord
{
    public required DateOnly Startdatum { get; init; }

    public required DateOnly GeplandeEinddatum { get; init; }

    public DateOnly? VerlengdTot { get; init; }

    /// <summary>Subset of HUUR, ZORGVERZEKERING, ENERGIE, WATER.</summary>
    public IReadOnlyList<string> Posten { get; init; } = [];
}

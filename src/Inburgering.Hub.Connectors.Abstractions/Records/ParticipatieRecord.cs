namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>WerkSaam participatie- or werkactiviteit.</summary>
public sealed record ParticipatieRecord : PersonIngestRecord
{
    public required string Soort { get; init; }

    public required DateOnly Startdatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    public decimal? UrenPerWeek { get; init; }
}

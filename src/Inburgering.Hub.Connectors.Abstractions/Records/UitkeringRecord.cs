namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>WerkSaam uitkering.</summary>
public sealed record UitkeringRecord : PersonIngestRecord
{
    public required string Soort { get; init; }

    public required DateOnly Ingangsdatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    public string? RedenUitstroom { get; init; }
}

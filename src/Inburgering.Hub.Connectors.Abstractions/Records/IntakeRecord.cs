namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>WerkSaam RIT brede intake with PIP.</summary>
public sealed record IntakeRecord : PersonIngestRecord
{
    public DateOnly? BredeIntakeDatum { get; init; }

    public DateOnly? LeerbaarheidstoetsDatum { get; init; }

    public string? AdviesLeerroute { get; init; }

    public DateOnly? PipDagtekening { get; init; }

    public string? Leerroute { get; init; }

    public DateOnly? PipBeeindigdOp { get; init; }

    public string? PipBeeindigdReden { get; init; }
}

namespace Inburgering.Hub.Domain.Entities;

/// <summary>Brede intake and the Plan Inburgering en Participatie (PIP) that follows it (WerkSaam RIT).</summary>
public sealed class BredeIntake : PersonFact
{
    public DateOnly? BredeIntakeDatum { get; set; }

    public DateOnly? LeerbaarheidstoetsDatum { get; set; }

    public Leerroute? AdviesLeerroute { get; set; }

    /// <summary>Dagtekening of the PIP; null while no PIP is vastgesteld.</summary>
    public DateOnly? PipDagtekening { get; set; }

    /// <summary>The leerroute vastgesteld in the PIP.</summary>
    public Leerroute? Leerroute { get; set; }

    public DateOnly? PipBeeindigdOp { get; set; }

    public string? PipBeeindigdReden { get; set; }
}

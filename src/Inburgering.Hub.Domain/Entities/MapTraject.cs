namespace Inburgering.Hub.Domain.Entities;

/// <summary>Module Arbeidsmarkt en Participatie.</summary>
public sealed class MapTraject : PersonFact
{
    public DateOnly Startdatum { get; set; }

    public decimal PraktijkUren { get; set; }

    public int ThemasAfgerond { get; set; }

    public DateOnly? DatumEindgesprek { get; set; }

    public MapResultaat Resultaat { get; set; }
}

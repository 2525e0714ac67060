namespace Inburgering.Hub.Domain.Entities;

/// <summary>Result of one onderdeel of the inburgeringsexamen (DUO EXAMENUITSLAG).</summary>
public sealed class Examenonderdeel : PersonFact
{
    public ExamenOnderdeel Onderdeel { get; set; }

    public Niveau Niveau { get; set; }

    public ExamenResultaat Resultaat { get; set; }

    public decimal? Cijfer { get; set; }

    public DateOnly Examendatum { get; set; }
}

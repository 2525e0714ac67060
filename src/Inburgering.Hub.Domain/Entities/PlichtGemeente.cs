namespace Inburgering.Hub.Domain.Entities;

/// <summary>A period in which a gemeente was responsible for a person's plicht (VERHUISD history).</summary>
public sealed class PlichtGemeente : PersonFact
{
    public DateOnly Van { get; set; }

    /// <summary>Exclusive end; null while still responsible.</summary>
    public DateOnly? Tot { get; set; }

    /// <summary>Gemeente responsibility moved to at <see cref="Tot"/>.</summary>
    public string? NaarGemeenteCode { get; set; }
}

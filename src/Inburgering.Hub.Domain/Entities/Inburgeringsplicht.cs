namespace Inburgering.Hub.Domain.Entities;

/// <summary>
/// DUO inburgeringsplicht of a person, derived from the kennisgeving (INBURGERINGSPLICHT_GESTART)
/// and later meldingen. <see cref="PersonFact.GemeenteCode"/> is the currently responsible gemeente;
/// <see cref="PlichtGemeente"/> keeps the history.
/// </summary>
public sealed class Inburgeringsplicht : PersonFact
{
    public Doelgroep Doelgroep { get; set; }

    public Wet Wet { get; set; }

    /// <summary>Date of the kennisgeving.</summary>
    public DateOnly Startdatum { get; set; }

    public PlichtStatus Status { get; set; }

    public DateOnly? StatusDatum { get; set; }

    public DateOnly? TermijnAanvang { get; set; }

    /// <summary>End of the termijn including verlengingen.</summary>
    public DateOnly? TermijnEinde { get; set; }

    public BeeindigingReden? BeeindigingReden { get; set; }
}

namespace Inburgering.Hub.Domain.Entities;

/// <summary>
/// One DUO melding as a fact log entry. A melding replaced by a correction keeps its row with
/// <see cref="VervangenDoorSourceId"/> set and stops counting.
/// </summary>
public sealed class DuoMelding : PersonFact
{
    public MeldingSoort Soort { get; set; }

    /// <summary>The date the fact took effect.</summary>
    public DateOnly Datum { get; set; }

    public Wet? Wet { get; set; }

    public Doelgroep? Doelgroep { get; set; }

    /// <summary>The melding this one corrects (source id), if any.</summary>
    public string? CorrectieVan { get; set; }

    /// <summary>The melding that replaced this one (source id), if any.</summary>
    public string? VervangenDoorSourceId { get; set; }

    public string? NaarGemeenteCode { get; set; }

    public string? Reden { get; set; }
}

namespace Inburgering.Hub.Domain.Entities;

/// <summary>
/// One DUO melding as a fact log entry, with every part of its content, so the derived DUO entities
/// (<see cref="Inburgeringsplicht"/>, <see cref="PlichtGemeente"/>, <see cref="Examenonderdeel"/>,
/// <see cref="TermijnVerlenging"/>, <see cref="Boete"/>) can be re-derived from the stored meldingen.
/// A melding replaced by a correction keeps its row with <see cref="VervangenDoorSourceId"/> set and
/// stops counting.
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

    /// <summary>Free text for ONTHEFFING and VRIJSTELLING; a <see cref="BeeindigingReden"/> code for PLICHT_BEEINDIGD.</summary>
    public string? Reden { get; set; }

    /// <summary>TERMIJN_VASTGESTELD: start of the inburgeringstermijn.</summary>
    public DateOnly? TermijnAanvang { get; set; }

    /// <summary>TERMIJN_VASTGESTELD: end of the inburgeringstermijn.</summary>
    public DateOnly? TermijnEinde { get; set; }

    /// <summary>TERMIJN_VERLENGD: weeks added.</summary>
    public int? VerlengingWeken { get; set; }

    /// <summary>TERMIJN_VERLENGD: the new end of the termijn.</summary>
    public DateOnly? NieuweEinde { get; set; }

    /// <summary>TERMIJN_VERLENGD: grond of the verlenging.</summary>
    public string? Grond { get; set; }

    /// <summary>EXAMENUITSLAG: onderdeel.</summary>
    public ExamenOnderdeel? ExamenOnderdeel { get; set; }

    /// <summary>EXAMENUITSLAG: niveau.</summary>
    public Niveau? ExamenNiveau { get; set; }

    /// <summary>EXAMENUITSLAG: resultaat.</summary>
    public ExamenResultaat? ExamenResultaat { get; set; }

    /// <summary>EXAMENUITSLAG: cijfer, when DUO gives one.</summary>
    public decimal? ExamenCijfer { get; set; }

    /// <summary>EXAMENUITSLAG: date of the examen.</summary>
    public DateOnly? Examendatum { get; set; }

    /// <summary>BOETE: amount in euro.</summary>
    public decimal? BoeteBedrag { get; set; }
}

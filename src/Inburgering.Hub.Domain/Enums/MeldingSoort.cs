namespace Inburgering.Hub.Domain;

/// <summary>Kind of DUO melding.</summary>
public enum MeldingSoort
{
    InburgeringsplichtGestart,
    TermijnVastgesteld,
    TermijnVerlengd,
    Examenuitslag,
    Ontheffing,
    Vrijstelling,
    Voldaan,
    Boete,
    Verhuisd,
    PlichtBeeindigd,
}

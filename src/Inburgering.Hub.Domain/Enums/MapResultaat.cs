namespace Inburgering.Hub.Domain;

/// <summary>Outcome of the Module Arbeidsmarkt en Participatie.</summary>
public enum MapResultaat
{
    Lopend,
    Afgerond,
    Vrijgesteld,
    NietSuccesvol,
}

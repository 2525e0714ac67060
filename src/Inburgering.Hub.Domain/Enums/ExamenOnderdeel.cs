namespace Inburgering.Hub.Domain;

/// <summary>Onderdeel of the inburgeringsexamen.</summary>
public enum ExamenOnderdeel
{
    Lezen,
    Luisteren,
    Schrijven,
    Spreken,
    Knm,
}

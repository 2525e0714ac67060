namespace Inburgering.Hub.Domain;

/// <summary>Status of an inburgeringsplicht.</summary>
public enum PlichtStatus
{
    Lopend,
    Voldaan,
    Ontheffing,
    Vrijstelling,
    Beeindigd,
}

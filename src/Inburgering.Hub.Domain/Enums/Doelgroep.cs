namespace Inburgering.Hub.Domain;

/// <summary>Doelgroep of the inburgeringsplicht as DUO registers it.</summary>
public enum Doelgroep
{
    Asielstatushouder,
    Gezinsmigrant,
    OverigeMigrant,
}

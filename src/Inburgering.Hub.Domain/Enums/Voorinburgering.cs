namespace Inburgering.Hub.Domain;

/// <summary>State of the voorinburgering programme in the AZC.</summary>
public enum Voorinburgering
{
    Geen,
    Gestart,
    Afgerond,
}

namespace Inburgering.Hub.Domain;

/// <summary>Why DUO ended an inburgeringsplicht.</summary>
public enum BeeindigingReden
{
    VertrokkenUitNederland,
    Overleden,
    Naturalisatie,
    Overig,
}

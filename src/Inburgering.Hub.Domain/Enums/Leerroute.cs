namespace Inburgering.Hub.Domain;

/// <summary>Leerroute of the Wet inburgering 2021.</summary>
public enum Leerroute
{
    B1,
    Onderwijs,
    Z,
}

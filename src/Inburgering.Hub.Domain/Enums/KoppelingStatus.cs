namespace Inburgering.Hub.Domain;

/// <summary>Status of a COA koppeling.</summary>
public enum KoppelingStatus
{
    Gekoppeld,
    Gehuisvest,
    Ontkoppeld,
}

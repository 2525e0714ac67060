namespace Inburgering.Hub.Domain;

/// <summary>Status of a leerroute-deelname at a taalaanbieder.</summary>
public enum DeelnameStatus
{
    Lopend,
    Afgerond,
    Uitgevallen,
    Overgestapt,
}

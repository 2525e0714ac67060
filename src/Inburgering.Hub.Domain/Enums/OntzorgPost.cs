namespace Inburgering.Hub.Domain;

/// <summary>Fixed costs WerkSaam pays on behalf of the inburgeraar during financieel ontzorgen.</summary>
[Flags]
public enum OntzorgPost
{
    None = 0,
    Huur = 1,
    Zorgverzekering = 2,
    Energie = 4,
    Water = 8,
}

namespace Inburgering.Hub.Domain;

/// <summary>
/// How authoritative a source is for a person's gemeente (<see cref="Entities.Inburgeraar.GemeenteCode"/>):
/// a claim of equal or higher prioriteit replaces the gemeente, a lower one never does. DUO decides who is
/// responsible (Wet inburgering 2021 art. 6: the gemeente of the kennisgeving, then of each verhuizing),
/// COA names the gemeente a statushouder is linked to, any other source only fills in a missing gemeente.
/// Stored as its number (0, 1, 2), so the order is the column's order.
/// </summary>
public enum GemeentePrioriteit
{
    /// <summary>Any other source (taalaanbieder, werk, uitkering, …): 0.</summary>
    Overig = 0,

    /// <summary>A COA koppeling: 1.</summary>
    CoaKoppeling = 1,

    /// <summary>A DUO plicht (kennisgeving or verhuizing): 2.</summary>
    DuoPlicht = 2,
}

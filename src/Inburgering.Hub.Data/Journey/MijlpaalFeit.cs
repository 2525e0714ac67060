using Inburgering.Hub.Domain;

namespace Inburgering.Hub.Data.Journey;

/// <summary>
/// One milestone as <see cref="MijlpaalAfleiding"/> derives it (a projection, never an entity): the
/// person, the gemeente on the record it comes from, the date a report period is matched on, the cell
/// (group, row, leerroute, soort; stored as <see cref="MijlpaalCel.Nummer"/>) and the key counted distinctly.
/// </summary>
public sealed class MijlpaalFeit
{
    public long InburgeraarId { get; set; }

    public string GemeenteCode { get; set; } = "";

    public DateOnly Datum { get; set; }

    /// <summary>0 = both groups, 1 = statushouder, 2 = gezinsmigrant.</summary>
    public int Groep { get; set; }

    /// <summary>The row (contract field name; KPI rows end in <c>.noemer</c> or <c>.teller</c>).</summary>
    public string Rij { get; set; } = "";

    public Leerroute? Leerroute { get; set; }

    public ParticipatieSoort? Soort { get; set; }

    /// <summary>What the row counts distinctly: the person id, or the ontzorgtraject / intake (PIP) id.</summary>
    public long Sleutel { get; set; }

    /// <summary>The number of this milestone's cell (<see cref="MijlpaalCellen"/>).</summary>
    public short Cel => MijlpaalCellen.Nummer(Groep, Rij, Leerroute, Soort);
}

namespace Inburgering.Hub.Domain.Entities;

/// <summary>
/// One milestone of an inburgeraar's journey as the voortgangsrapportage counts it (the per-person
/// journey projection, table <c>inburgeraar_mijlpalen</c>): a dated, countable fact (gehuisvest, plicht
/// gestart, PIP, leerroute gestart/afgerond, MAP, PVT, ontzorgen, werk, and each KPI's noemer and teller)
/// with the person's doelbinding (group) already applied, encoded narrowly so a report is one index range
/// read of small integers. Derived only from the canonical rows of the same person, rewritten by the sync
/// engine in the transaction that changes them and rebuildable from those rows at any time; never sourced
/// itself. Definitions: docs/voortgangsrapportage.md.
/// </summary>
public sealed class InburgeraarMijlpaal : IGemeenteScoped
{
    public long Id { get; set; }

    /// <summary>The person whose rows the milestone is derived from.</summary>
    public long InburgeraarId { get; set; }

    /// <summary>The gemeente on the record the milestone comes from (GMnnnn).</summary>
    public string GemeenteCode { get; set; } = "";

    /// <summary>The date a report period is matched against (inclusive on both ends).</summary>
    public DateOnly Datum { get; set; }

    /// <summary>
    /// The report cell: a fixed number for (group, row, leerroute, soort), the table
    /// <c>Inburgering.Hub.Data.Journey.MijlpaalCellen</c>.
    /// </summary>
    public short Cel { get; set; }

    /// <summary>What the row counts distinctly: the person id, or the ontzorgtraject / intake (PIP) id.</summary>
    public long Sleutel { get; set; }
}

namespace Inburgering.Hub.Domain.Entities;

/// <summary>
/// One milestone of an inburgeraar's journey as the voortgangsrapportage counts it (the per-person
/// journey projection, table <c>inburgeraar_mijlpalen</c>): a dated, countable fact (gehuisvest, plicht
/// gestart, PIP, leerroute gestart/afgerond, MAP, PVT, ontzorgen, werk, and each KPI's noemer and teller)
/// with the person's doelbinding (group) already applied. Derived only from the canonical rows of the
/// same person, rewritten by the sync engine in the transaction that changes them and rebuildable from
/// those rows at any time; never sourced itself. Definitions: docs/voortgangsrapportage.md.
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

    /// <summary>0 = both groups, 1 = statushouder, 2 = gezinsmigrant (the report's groups).</summary>
    public int Groep { get; set; }

    /// <summary>The report row (contract field name; KPI rows end in <c>.noemer</c> or <c>.teller</c>).</summary>
    public string Rij { get; set; } = "";

    public Leerroute? Leerroute { get; set; }

    public ParticipatieSoort? Soort { get; set; }

    /// <summary>What the row counts distinctly: the person id, or the ontzorgtraject / intake (PIP) id.</summary>
    public long Sleutel { get; set; }
}

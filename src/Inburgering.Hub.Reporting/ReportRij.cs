namespace Inburgering.Hub.Reporting;

/// <summary>Row names of the counted facts: the GraphQL field names of the contract.</summary>
public static class ReportRij
{
    public const string AantalGehuisvest = "aantalGehuisvest";
    public const string AantalInburgeringsplichtig = "aantalInburgeringsplichtig";
    public const string PipVastgesteld = "pipVastgesteld";
    public const string Beeindigd = "beeindigd";
    public const string Gestart = "gestart";
    public const string Vastgesteld = "vastgesteld";
    public const string Afgerond = "afgerond";
    public const string MapAfgerond = "map.afgerond";
    public const string MapVrijstellingen = "map.vrijstellingen";
    public const string PvtAfgerond = "pvtAfgerond";
    public const string AantalTrajecten = "aantalTrajecten";
    public const string Verlengd = "verlengd";
    public const string Werk = "werk";

    /// <summary>Suffix of the denominator row of a KPI.</summary>
    public const string NoemerSuffix = ".noemer";

    /// <summary>Suffix of the numerator row of a KPI.</summary>
    public const string TellerSuffix = ".teller";

    /// <summary>
    /// What the key of row <paramref name="rij"/> counts, for its record key: null for a person (the
    /// inburgeraar id), else the kind of unit (<c>ontzorgtraject</c>, <c>pip</c>: the row id).
    /// </summary>
    public static string? EenheidSoort(string rij)
    {
        ArgumentNullException.ThrowIfNull(rij);
        return rij switch
        {
            AantalTrajecten or Verlengd => "ontzorgtraject",
            _ when rij.StartsWith(Kpis.KpiNaam.PipTijdig + ".", StringComparison.Ordinal) => "pip",
            _ => null,
        };
    }
}

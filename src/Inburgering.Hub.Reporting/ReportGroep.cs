namespace Inburgering.Hub.Reporting;

/// <summary>The doelgroep groups of the report, as SQL carries them.</summary>
public static class ReportGroep
{
    /// <summary>Rows that count statushouders and gezinsmigranten together.</summary>
    public const int Alle = 0;

    /// <summary>DUO doelgroep ASIELSTATUSHOUDER.</summary>
    public const int Statushouder = 1;

    /// <summary>DUO doelgroep GEZINSMIGRANT or OVERIGE_MIGRANT.</summary>
    public const int Gezinsmigrant = 2;
}

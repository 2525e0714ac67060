namespace Inburgering.Hub.Connectors.Duo;

/// <summary>The soorten of the DUO meldingen contract (<c>duo-meldingen.md</c>).</summary>
internal static class DuoSoort
{
    public const string InburgeringsplichtGestart = "INBURGERINGSPLICHT_GESTART";
    public const string TermijnVastgesteld = "TERMIJN_VASTGESTELD";
    public const string TermijnVerlengd = "TERMIJN_VERLENGD";
    public const string Examenuitslag = "EXAMENUITSLAG";
    public const string Ontheffing = "ONTHEFFING";
    public const string Vrijstelling = "VRIJSTELLING";
    public const string Voldaan = "VOLDAAN";
    public const string Boete = "BOETE";
    public const string Verhuisd = "VERHUISD";
    public const string PlichtBeeindigd = "PLICHT_BEEINDIGD";

    /// <summary>Every soort of the contract.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        InburgeringsplichtGestart, TermijnVastgesteld, TermijnVerlengd, Examenuitslag, Ontheffing,
        Vrijstelling, Voldaan, Boete, Verhuisd, PlichtBeeindigd,
    };
}

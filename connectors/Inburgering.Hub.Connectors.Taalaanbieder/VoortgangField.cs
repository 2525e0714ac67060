namespace Inburgering.Hub.Connectors.Taalaanbieder;

/// <summary>
/// The canonical fields of the taalaanbieder-voortgang contract. A mapping names, per field, the
/// header of the aanbieder's column (<c>Aanbieders:&lt;CODE&gt;:Columns:&lt;field&gt;</c>).
/// </summary>
internal static class VoortgangField
{
    public const string CursistId = "cursistId";
    public const string Bsn = "bsn";
    public const string VNummer = "vNummer";
    public const string GemeenteCode = "gemeenteCode";
    public const string Leerroute = "leerroute";
    public const string Startdatum = "startdatum";
    public const string Peildatum = "peildatum";
    public const string Status = "status";
    public const string Einddatum = "einddatum";
    public const string UrenAangeboden = "urenAangeboden";
    public const string UrenGevolgd = "urenGevolgd";
    public const string UrenGeoorloofdVerzuim = "urenGeoorloofdVerzuim";
    public const string UrenOngeoorloofdVerzuim = "urenOngeoorloofdVerzuim";
    public const string UrenParticipatie = "urenParticipatie";
    public const string NiveauLezen = "niveauLezen";
    public const string NiveauLuisteren = "niveauLuisteren";
    public const string NiveauSchrijven = "niveauSchrijven";
    public const string NiveauSpreken = "niveauSpreken";
    public const string KnmAfgerond = "knmAfgerond";
    public const string PvtAfgerondOp = "pvtAfgerondOp";

    /// <summary>Fields every mapping must name a column for.</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        CursistId, Bsn, GemeenteCode, Leerroute, Startdatum, Peildatum, Status,
        UrenAangeboden, UrenGevolgd, UrenGeoorloofdVerzuim, UrenOngeoorloofdVerzuim, KnmAfgerond,
    ];

    /// <summary>Fields a mapping may leave out (the value is then unknown).</summary>
    public static IReadOnlyList<string> Optional { get; } =
    [
        VNummer, Einddatum, UrenParticipatie, NiveauLezen, NiveauLuisteren, NiveauSchrijven, NiveauSpreken, PvtAfgerondOp,
    ];

    public static IReadOnlyList<string> All { get; } = [.. Required, .. Optional];
}

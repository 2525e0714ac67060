namespace Inburgering.Hub.Server.Demo;

/// <summary>One generated inburgeraar of the demo region (synthetic: no real person).</summary>
internal sealed record DemoPerson(
    string KoppelingId,
    string? Bsn,
    string VNummer,
    string GemeenteCode,
    DateOnly Koppeldatum,
    DateOnly? Huisvestingsdatum,
    string GezinId,
    string Gezinsrol,
    int Geboortejaar,
    string Herkomstland,
    bool Nareiziger,
    string Voorinburgering)
{
    public string TaakstellingPeriode => $"{Koppeldatum.Year}-H{(Koppeldatum.Month <= 6 ? 1 : 2)}";

    public string Status => Huisvestingsdatum is null ? "GEKOPPELD" : "GEHUISVEST";
}

using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Reporting.Model;

/// <summary>
/// The voortgangsrapportage over [Van, Tot] (inclusive), per gemeente in the order asked and for
/// the region. Verstoord: the sections whose figures are perturbed by the cell-key method because they
/// include persons of gemeenten the caller has no rows of (<c>gemeenten[GM0432]</c>, <c>regio</c>); empty
/// while only row access exists.
/// </summary>
public sealed record Voortgangsrapportage(
    DateOnly Van,
    DateOnly Tot,
    IReadOnlyList<GemeenteRapportage> Gemeenten,
    GemeenteRapportage Regio,
    IReadOnlyList<string> Verstoord);

/// <summary>The report of one gemeente, or of the region when <see cref="Gemeente"/> is null.</summary>
public sealed record GemeenteRapportage(
    Gemeente? Gemeente,
    Inburgeraarstelling Statushouders,
    Inburgeraarstelling Gezinsmigranten,
    IReadOnlyList<LeerrouteTelling> LeerroutesStatushouders,
    IReadOnlyList<LeerrouteTelling> LeerroutesGezinsmigranten,
    MapTelling Map,
    int? PvtAfgerond,
    OntzorgTelling FinancieelOntzorgen,
    IReadOnlyList<WerkTelling> Werk,
    IReadOnlyList<Kpi> Kpis);

/// <summary>2.2 Inburgeraars of one group; <see cref="AantalGehuisvest"/> is null for gezinsmigranten.</summary>
public sealed record Inburgeraarstelling(int? AantalGehuisvest, int? AantalInburgeringsplichtig, int? PipVastgesteld, int? Beeindigd);

/// <summary>2.3.1 one leerroute; <see cref="Gestart"/> null for gezinsmigranten, <see cref="Vastgesteld"/> null for statushouders.</summary>
public sealed record LeerrouteTelling(Leerroute Leerroute, int? Gestart, int? Vastgesteld, int? Afgerond);

/// <summary>2.3.2 MAP.</summary>
public sealed record MapTelling(int? Afgerond, int? Vrijstellingen);

/// <summary>2.3.5 Financieel ontzorgen (trajecten).</summary>
public sealed record OntzorgTelling(int? AantalTrajecten, int? Verlengd);

/// <summary>2.3.6 Werk, one soort.</summary>
public sealed record WerkTelling(ParticipatieSoort Soort, int? Aantal);

/// <summary>A beleidsdoelstelling: numerator, denominator, percentage (null when the denominator is 0) and target (percent).</summary>
public sealed record Kpi(string Naam, int? Teller, int? Noemer, double? Percentage, double? Doel, Leerroute? Leerroute);

using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Reporting.Kpis;
using Inburgering.Hub.Reporting.Model;

namespace Inburgering.Hub.Reporting;

/// <summary>
/// Turns the counted (for aggregate-only gemeenten: published, <see cref="ReportPerturbation"/>) rows into
/// the contract's shape for one gemeente or the region; KPI percentages are computed from the published
/// teller and noemer.
/// </summary>
public static class ReportAssembler
{
    /// <summary>The leerroutes in contract order.</summary>
    public static readonly IReadOnlyList<Leerroute> Routes = [Leerroute.B1, Leerroute.Onderwijs, Leerroute.Z];

    /// <summary>The soorten of 2.3.6 Werk (taalmaatje excluded), in contract order.</summary>
    public static readonly IReadOnlyList<ParticipatieSoort> WerkSoorten =
        [ParticipatieSoort.OrientatieWerkstage, ParticipatieSoort.Werkstage, ParticipatieSoort.Vrijwilligerswerk, ParticipatieSoort.BetaaldeBaan];

    /// <summary>The report of gemeente <paramref name="code"/>, or of the region when it is null.</summary>
    public static GemeenteRapportage Build(ReportCounts counts, string? code, Gemeente? gemeente)
    {
        ArgumentNullException.ThrowIfNull(counts);

        int Count(int groep, string rij, Leerroute? route = null, ParticipatieSoort? soort = null) => counts.Get(code, groep, rij, route, soort);

        Inburgeraarstelling Groep(int groep) => new(
            groep == ReportGroep.Statushouder ? Count(groep, ReportRij.AantalGehuisvest) : null,
            Count(groep, ReportRij.AantalInburgeringsplichtig),
            Count(groep, ReportRij.PipVastgesteld),
            Count(groep, ReportRij.Beeindigd));

        var ontzorg = new OntzorgTelling(
            Count(ReportGroep.Statushouder, ReportRij.AantalTrajecten),
            Count(ReportGroep.Statushouder, ReportRij.Verlengd));

        return new GemeenteRapportage(
            gemeente,
            Groep(ReportGroep.Statushouder),
            Groep(ReportGroep.Gezinsmigrant),
            [.. Routes.Select(r => new LeerrouteTelling(
                r,
                Count(ReportGroep.Statushouder, ReportRij.Gestart, r),
                null,
                Count(ReportGroep.Statushouder, ReportRij.Afgerond, r)))],
            [.. Routes.Select(r => new LeerrouteTelling(
                r,
                null,
                Count(ReportGroep.Gezinsmigrant, ReportRij.Vastgesteld, r),
                Count(ReportGroep.Gezinsmigrant, ReportRij.Afgerond, r)))],
            new MapTelling(
                Count(ReportGroep.Alle, ReportRij.MapAfgerond),
                Count(ReportGroep.Alle, ReportRij.MapVrijstellingen)),
            Count(ReportGroep.Alle, ReportRij.PvtAfgerond),
            ontzorg,
            [.. WerkSoorten.Select(s => new WerkTelling(s, Count(ReportGroep.Alle, ReportRij.Werk, soort: s)))],
            Kpis(counts, code, ontzorg));
    }

    private static List<Kpi> Kpis(ReportCounts counts, string? code, OntzorgTelling ontzorg)
    {
        Kpi Counted(string naam, double? doel, Leerroute? route = null)
        {
            var teller = counts.Get(code, ReportGroep.Alle, naam + ReportRij.TellerSuffix, route);
            var noemer = counts.Get(code, ReportGroep.Alle, naam + ReportRij.NoemerSuffix, route);
            return Make(naam, teller, noemer, doel, route);
        }

        // financieelZelfredzaam: teller = trajecten − verlengd (published values: at least 0).
        var trajecten = ontzorg.AantalTrajecten ?? 0;
        var zelfredzaam = Math.Max(0, trajecten - (ontzorg.Verlengd ?? 0));
        List<Kpi> kpis =
        [
            Make(KpiNaam.FinancieelZelfredzaam, zelfredzaam, trajecten, KpiDoelen.FinancieelZelfredzaam, null),
            Counted(KpiNaam.PipTijdig, KpiDoelen.PipTijdig),
            Counted(KpiNaam.InAanrakingMetWerk, KpiDoelen.InAanrakingMetWerk),
        ];
        kpis.AddRange(Routes.Select(r => Counted(KpiNaam.VoldaanBinnenTermijn, KpiDoelen.VoldaanBinnenTermijn(r), r)));
        kpis.AddRange(Routes.Select(r => Counted(KpiNaam.UitstroomNaarWerk, KpiDoelen.UitstroomNaarWerk(r), r)));
        return kpis;
    }

    /// <summary>
    /// Percentage = 100 · teller / noemer rounded to one decimal, at most 100 (perturbed tellers and noemers
    /// may cross); "no data" (null) when noemer is 0.
    /// </summary>
    private static Kpi Make(string naam, int teller, int noemer, double? doel, Leerroute? route)
    {
        var percentage = noemer != 0
            ? Math.Min(100.0, Math.Round(100.0 * teller / noemer, 1, MidpointRounding.AwayFromZero))
            : (double?)null;
        return new Kpi(naam, teller, noemer, percentage, doel, route);
    }
}

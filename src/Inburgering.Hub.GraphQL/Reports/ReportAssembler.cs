using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.GraphQL.Reports.Kpis;
using Inburgering.Hub.GraphQL.Reports.Model;
using Inburgering.Hub.GraphQL.Reports.Sections;

namespace Inburgering.Hub.GraphQL.Reports;

/// <summary>
/// Turns the counted rows into the contract's shape for one gemeente or the region. Suppressed cells
/// (and values derived from them) become null, and their paths are added to the report's onderdrukt list.
/// </summary>
public static class ReportAssembler
{
    /// <summary>The leerroutes in contract order.</summary>
    public static readonly IReadOnlyList<Leerroute> Routes = [Leerroute.B1, Leerroute.Onderwijs, Leerroute.Z];

    /// <summary>The report of gemeente <paramref name="code"/>, or of the region when it is null.</summary>
    public static GemeenteRapportage Build(ReportCounts counts, string? code, Gemeente? gemeente, ICollection<string> onderdrukt)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(onderdrukt);
        var prefix = code is null ? "regio" : $"gemeenten[{code}]";

        int? Count(string path, int groep, string rij, Leerroute? route = null, ParticipatieSoort? soort = null)
        {
            var value = counts.Get(code, groep, rij, route, soort);
            if (value is null)
            {
                onderdrukt.Add($"{prefix}.{path}");
            }

            return value;
        }

        Inburgeraarstelling Groep(int groep, string sectie) => new(
            groep == ReportGroep.Statushouder ? Count($"{sectie}.aantalGehuisvest", groep, ReportRij.AantalGehuisvest) : null,
            Count($"{sectie}.aantalInburgeringsplichtig", groep, ReportRij.AantalInburgeringsplichtig),
            Count($"{sectie}.pipVastgesteld", groep, ReportRij.PipVastgesteld),
            Count($"{sectie}.beeindigd", groep, ReportRij.Beeindigd));

        static string R(Leerroute r) => CodeList<Leerroute>.ToCode(r);

        var ontzorg = new OntzorgTelling(
            Count("financieelOntzorgen.aantalTrajecten", ReportGroep.Statushouder, ReportRij.AantalTrajecten),
            Count("financieelOntzorgen.verlengd", ReportGroep.Statushouder, ReportRij.Verlengd));

        return new GemeenteRapportage(
            gemeente,
            Groep(ReportGroep.Statushouder, "statushouders"),
            Groep(ReportGroep.Gezinsmigrant, "gezinsmigranten"),
            [.. Routes.Select(r => new LeerrouteTelling(
                r,
                Count($"leerroutesStatushouders[{R(r)}].gestart", ReportGroep.Statushouder, ReportRij.Gestart, r),
                null,
                Count($"leerroutesStatushouders[{R(r)}].afgerond", ReportGroep.Statushouder, ReportRij.Afgerond, r)))],
            [.. Routes.Select(r => new LeerrouteTelling(
                r,
                null,
                Count($"leerroutesGezinsmigranten[{R(r)}].vastgesteld", ReportGroep.Gezinsmigrant, ReportRij.Vastgesteld, r),
                Count($"leerroutesGezinsmigranten[{R(r)}].afgerond", ReportGroep.Gezinsmigrant, ReportRij.Afgerond, r)))],
            new MapTelling(
                Count("map.afgerond", ReportGroep.Alle, ReportRij.MapAfgerond),
                Count("map.vrijstellingen", ReportGroep.Alle, ReportRij.MapVrijstellingen)),
            Count("pvtAfgerond", ReportGroep.Alle, ReportRij.PvtAfgerond),
            ontzorg,
            [.. WerkSection.Soorten.Select(s => new WerkTelling(s, Count($"werk[{CodeList<ParticipatieSoort>.ToCode(s)}].aantal", ReportGroep.Alle, ReportRij.Werk, soort: s)))],
            Kpis(counts, code, prefix, ontzorg, onderdrukt));
    }

    private static List<Kpi> Kpis(ReportCounts counts, string? code, string prefix, OntzorgTelling ontzorg, ICollection<string> onderdrukt)
    {
        Kpi Counted(string naam, double? doel, Leerroute? route = null)
        {
            var path = route is { } r ? $"{prefix}.kpis[{naam}/{CodeList<Leerroute>.ToCode(r)}]" : $"{prefix}.kpis[{naam}]";
            var teller = counts.Get(code, ReportGroep.Alle, naam + ReportRij.TellerSuffix, route);
            var noemer = counts.Get(code, ReportGroep.Alle, naam + ReportRij.NoemerSuffix, route);
            return Make(naam, teller, noemer, doel, route, path, onderdrukt);
        }

        // financieelZelfredzaam: teller = trajecten − verlengd, so it is hidden with either of them.
        var trajecten = ontzorg.AantalTrajecten;
        var zelfredzaam = trajecten - ontzorg.Verlengd;
        List<Kpi> kpis =
        [
            Make(KpiNaam.FinancieelZelfredzaam, zelfredzaam, trajecten, KpiDoelen.FinancieelZelfredzaam, null, $"{prefix}.kpis[{KpiNaam.FinancieelZelfredzaam}]", onderdrukt),
            Counted(KpiNaam.PipTijdig, KpiDoelen.PipTijdig),
            Counted(KpiNaam.InAanrakingMetWerk, KpiDoelen.InAanrakingMetWerk),
        ];
        kpis.AddRange(Routes.Select(r => Counted(KpiNaam.VoldaanBinnenTermijn, KpiDoelen.VoldaanBinnenTermijn(r), r)));
        kpis.AddRange(Routes.Select(r => Counted(KpiNaam.UitstroomNaarWerk, KpiDoelen.UitstroomNaarWerk(r), r)));
        return kpis;
    }

    /// <summary>
    /// Percentage = 100 · teller / noemer rounded to one decimal; "no data" (null) when noemer is 0,
    /// and null with the suppressed teller or noemer (whose paths are listed).
    /// </summary>
    private static Kpi Make(string naam, int? teller, int? noemer, double? doel, Leerroute? route, string path, ICollection<string> onderdrukt)
    {
        if (teller is null)
        {
            onderdrukt.Add(path + ".teller");
        }

        if (noemer is null)
        {
            onderdrukt.Add(path + ".noemer");
        }

        if ((teller is null || noemer is null) && noemer != 0)
        {
            onderdrukt.Add(path + ".percentage");
        }

        var percentage = teller is { } t && noemer is { } n && n != 0
            ? Math.Round(100.0 * t / n, 1, MidpointRounding.AwayFromZero)
            : (double?)null;
        return new Kpi(naam, teller, noemer, percentage, doel, route);
    }
}

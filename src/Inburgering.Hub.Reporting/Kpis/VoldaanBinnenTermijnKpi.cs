using Inburgering.Hub.Domain;
using Inburgering.Hub.Reporting.Sections;

namespace Inburgering.Hub.Reporting.Kpis;

/// <summary>
/// voldaanBinnenTermijn per leerroute: of the WI2021 persons whose termijn einde (DUO plicht,
/// gemeente of the plicht) falls in the period, the ones that have VOLDAAN dated on or before it.
/// The route is the leerroute of the person's latest PIP; persons without one are in no route.
/// VOLDAAN is the plicht status with its date, or an effective DUO VOLDAAN melding.
/// </summary>
public sealed class VoldaanBinnenTermijnKpi : IReportSection
{
    public IQueryable<ReportFact> Facts(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (db, van, tot, gemeenten) = (scope.Db, scope.Van, scope.Tot, scope.Gemeenten);
        var meldingen = scope.EffectieveMeldingen;
        var plichten =
            from pl in db.Inburgeringsplichten
            where !pl.IsDeleted && pl.TermijnEinde >= van && pl.TermijnEinde <= tot && gemeenten.Contains(pl.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on pl.InburgeraarId equals p.Persoon
            let route = db.BredeIntakes
                .Where(i => i.InburgeraarId == pl.InburgeraarId && !i.IsDeleted && i.PipDagtekening != null && i.Leerroute != null)
                .OrderByDescending(i => i.PipDagtekening).ThenByDescending(i => i.Id)
                .Select(i => i.Leerroute)
                .FirstOrDefault()
            where route != null
            select new
            {
                pl.GemeenteCode,
                pl.InburgeraarId,
                Route = route,
                Voldaan = (pl.Status == PlichtStatus.Voldaan && pl.StatusDatum != null && pl.StatusDatum <= pl.TermijnEinde)
                    || meldingen.Any(m => m.InburgeraarId == pl.InburgeraarId && m.Soort == MeldingSoort.Voldaan && m.Datum <= pl.TermijnEinde),
            };

        var noemer = plichten.Select(x => new ReportFact { Gemeente = x.GemeenteCode, Sleutel = x.InburgeraarId, Groep = ReportGroep.Alle, Rij = KpiNaam.VoldaanBinnenTermijn + ReportRij.NoemerSuffix, Leerroute = x.Route, Soort = null });
        var teller = plichten.Where(x => x.Voldaan)
            .Select(x => new ReportFact { Gemeente = x.GemeenteCode, Sleutel = x.InburgeraarId, Groep = ReportGroep.Alle, Rij = KpiNaam.VoldaanBinnenTermijn + ReportRij.TellerSuffix, Leerroute = x.Route, Soort = null });
        return noemer.Concat(teller);
    }
}

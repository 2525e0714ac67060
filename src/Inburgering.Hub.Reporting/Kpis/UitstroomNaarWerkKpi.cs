using Inburgering.Hub.Domain;
using Inburgering.Hub.Reporting.Sections;

namespace Inburgering.Hub.Reporting.Kpis;

/// <summary>
/// uitstroomNaarWerk per leerroute: of the WI2021 persons whose leerroute (taalaanbieder line) was
/// AFGEROND in the period, the ones with, within 365 days after the einddatum (inclusive), a
/// BETAALDE_BAAN item starting or an uitkering ending with redenUitstroom WERK (ONDERWIJS also
/// counts for the onderwijsroute).
/// </summary>
public sealed class UitstroomNaarWerkKpi : IReportSection
{
    public const int Dagen = 365;

    public IQueryable<ReportFact> Facts(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (db, van, tot, gemeenten) = (scope.Db, scope.Van, scope.Tot, scope.Gemeenten);
        var afgerond =
            from d in db.LeerrouteDeelnames
            where !d.IsDeleted && d.Status == DeelnameStatus.Afgerond && d.Einddatum >= van && d.Einddatum <= tot && gemeenten.Contains(d.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on d.InburgeraarId equals p.Persoon
            select new { d.GemeenteCode, d.InburgeraarId, d.Leerroute, Einde = d.Einddatum!.Value, Grens = d.Einddatum!.Value.AddDays(Dagen) };

        var noemer = afgerond.Select(x => new ReportFact { Gemeente = x.GemeenteCode, Sleutel = x.InburgeraarId, Groep = ReportGroep.Alle, Rij = KpiNaam.UitstroomNaarWerk + ReportRij.NoemerSuffix, Leerroute = x.Leerroute, Soort = null });
        var teller = afgerond
            .Where(x =>
                db.Participatieactiviteiten.Any(a => a.InburgeraarId == x.InburgeraarId && !a.IsDeleted && a.Soort == ParticipatieSoort.BetaaldeBaan
                    && a.Startdatum >= x.Einde && a.Startdatum <= x.Grens)
                || db.Uitkeringen.Any(u => u.InburgeraarId == x.InburgeraarId && !u.IsDeleted && u.Einddatum >= x.Einde && u.Einddatum <= x.Grens
                    && (u.RedenUitstroom == RedenUitstroom.Werk || (x.Leerroute == Leerroute.Onderwijs && u.RedenUitstroom == RedenUitstroom.Onderwijs))))
            .Select(x => new ReportFact { Gemeente = x.GemeenteCode, Sleutel = x.InburgeraarId, Groep = ReportGroep.Alle, Rij = KpiNaam.UitstroomNaarWerk + ReportRij.TellerSuffix, Leerroute = x.Leerroute, Soort = null });
        return noemer.Concat(teller);
    }
}

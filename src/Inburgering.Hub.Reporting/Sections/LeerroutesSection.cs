using Inburgering.Hub.Domain;

namespace Inburgering.Hub.Reporting.Sections;

/// <summary>
/// 2.3.1 Leerroutes per route: statushouders gestart (taalaanbieder lines), gezinsmigranten
/// vastgesteld (PIP leerroute), afgerond for both groups (taalaanbieder lines AFGEROND).
/// </summary>
public sealed class LeerroutesSection : IReportSection
{
    public IQueryable<ReportFact> Facts(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (db, van, tot, gemeenten) = (scope.Db, scope.Van, scope.Tot, scope.Gemeenten);

        var gestart =
            from d in db.LeerrouteDeelnames
            where !d.IsDeleted && d.Startdatum >= van && d.Startdatum <= tot && gemeenten.Contains(d.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on d.InburgeraarId equals p.Persoon
            where p.Groep == ReportGroep.Statushouder
            select new ReportFact { Gemeente = d.GemeenteCode, Sleutel = d.InburgeraarId, Groep = p.Groep, Rij = ReportRij.Gestart, Leerroute = d.Leerroute, Soort = null };

        var vastgesteld =
            from i in db.BredeIntakes
            where !i.IsDeleted && i.Leerroute != null && i.PipDagtekening >= van && i.PipDagtekening <= tot && gemeenten.Contains(i.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on i.InburgeraarId equals p.Persoon
            where p.Groep == ReportGroep.Gezinsmigrant
            select new ReportFact { Gemeente = i.GemeenteCode, Sleutel = i.InburgeraarId, Groep = p.Groep, Rij = ReportRij.Vastgesteld, Leerroute = i.Leerroute, Soort = null };

        var afgerond =
            from d in db.LeerrouteDeelnames
            where !d.IsDeleted && d.Status == DeelnameStatus.Afgerond && d.Einddatum >= van && d.Einddatum <= tot && gemeenten.Contains(d.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on d.InburgeraarId equals p.Persoon
            select new ReportFact { Gemeente = d.GemeenteCode, Sleutel = d.InburgeraarId, Groep = p.Groep, Rij = ReportRij.Afgerond, Leerroute = d.Leerroute, Soort = null };

        return gestart.Concat(vastgesteld).Concat(afgerond);
    }
}

namespace Inburgering.Hub.Reporting.Sections;

/// <summary>2.3.3 PVT (both groups): persons with a PVT afgerond in the period, at any aanbieder.</summary>
public sealed class PvtSection : IReportSection
{
    public IQueryable<ReportFact> Facts(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (db, van, tot, gemeenten) = (scope.Db, scope.Van, scope.Tot, scope.Gemeenten);
        return
            from v in db.Pvts
            where !v.IsDeleted && v.AfgerondOp >= van && v.AfgerondOp <= tot && gemeenten.Contains(v.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on v.InburgeraarId equals p.Persoon
            select new ReportFact { Gemeente = v.GemeenteCode, Sleutel = v.InburgeraarId, Groep = ReportGroep.Alle, Rij = ReportRij.PvtAfgerond, Leerroute = null, Soort = null };
    }
}

namespace Inburgering.Hub.Reporting.Sections;

/// <summary>
/// 2.3.5 Financieel ontzorgen (statushouders only): trajecten started in the period and, of
/// those, the verlengde. Counts trajecten, not persons.
/// </summary>
public sealed class OntzorgenSection : IReportSection
{
    public IQueryable<ReportFact> Facts(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (db, van, tot, gemeenten) = (scope.Db, scope.Van, scope.Tot, scope.Gemeenten);
        var trajecten =
            from o in db.Ontzorgtrajecten
            where !o.IsDeleted && o.Startdatum >= van && o.Startdatum <= tot && gemeenten.Contains(o.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on o.InburgeraarId equals p.Persoon
            where p.Groep == ReportGroep.Statushouder
            select o;

        var gestart = trajecten.Select(o => new ReportFact { Gemeente = o.GemeenteCode, Sleutel = o.Id, Groep = ReportGroep.Statushouder, Rij = ReportRij.AantalTrajecten, Leerroute = null, Soort = null });
        var verlengd = trajecten.Where(o => o.VerlengdTot != null)
            .Select(o => new ReportFact { Gemeente = o.GemeenteCode, Sleutel = o.Id, Groep = ReportGroep.Statushouder, Rij = ReportRij.Verlengd, Leerroute = null, Soort = null });
        return gestart.Concat(verlengd);
    }
}

using Inburgering.Hub.Domain;

namespace Inburgering.Hub.Reporting.Sections;

/// <summary>2.3.2 MAP (both groups together): afgerond and vrijstellingen.</summary>
public sealed class MapSection : IReportSection
{
    public IQueryable<ReportFact> Facts(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (db, van, tot, gemeenten) = (scope.Db, scope.Van, scope.Tot, scope.Gemeenten);

        var afgerond =
            from m in db.MapTrajecten
            where !m.IsDeleted && m.Resultaat == MapResultaat.Afgerond
                && m.DatumEindgesprek >= van && m.DatumEindgesprek <= tot && gemeenten.Contains(m.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on m.InburgeraarId equals p.Persoon
            select new ReportFact { Gemeente = m.GemeenteCode, Sleutel = m.InburgeraarId, Groep = ReportGroep.Alle, Rij = ReportRij.MapAfgerond, Leerroute = null, Soort = null };

        var vrijgesteld =
            from m in db.MapTrajecten
            where !m.IsDeleted && m.Resultaat == MapResultaat.Vrijgesteld
                && (m.DatumEindgesprek ?? m.Startdatum) >= van && (m.DatumEindgesprek ?? m.Startdatum) <= tot && gemeenten.Contains(m.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on m.InburgeraarId equals p.Persoon
            select new ReportFact { Gemeente = m.GemeenteCode, Sleutel = m.InburgeraarId, Groep = ReportGroep.Alle, Rij = ReportRij.MapVrijstellingen, Leerroute = null, Soort = null };

        return afgerond.Concat(vrijgesteld);
    }
}

using Inburgering.Hub.Reporting.Sections;

namespace Inburgering.Hub.Reporting.Kpis;

/// <summary>
/// inAanrakingMetWerk: of the statushouders housed in the period (COA huisvestingsdatum, gemeente of
/// the koppeling), the persons with a participatie item starting at most 365 days after housing.
/// </summary>
public sealed class InAanrakingMetWerkKpi : IReportSection
{
    public const int Dagen = 365;

    public IQueryable<ReportFact> Facts(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (db, van, tot, gemeenten) = (scope.Db, scope.Van, scope.Tot, scope.Gemeenten);
        var gehuisvest =
            from k in db.Koppelingen
            where !k.IsDeleted && k.Huisvestingsdatum >= van && k.Huisvestingsdatum <= tot && gemeenten.Contains(k.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on k.InburgeraarId equals p.Persoon
            where p.Groep == ReportGroep.Statushouder
            select new { k.GemeenteCode, k.InburgeraarId, Grens = k.Huisvestingsdatum!.Value.AddDays(Dagen) };

        var noemer = gehuisvest.Select(x => new ReportFact { Gemeente = x.GemeenteCode, Sleutel = x.InburgeraarId, Groep = ReportGroep.Alle, Rij = KpiNaam.InAanrakingMetWerk + ReportRij.NoemerSuffix, Leerroute = null, Soort = null });
        var teller = gehuisvest
            .Where(x => db.Participatieactiviteiten.Any(a => a.InburgeraarId == x.InburgeraarId && !a.IsDeleted && a.Startdatum <= x.Grens))
            .Select(x => new ReportFact { Gemeente = x.GemeenteCode, Sleutel = x.InburgeraarId, Groep = ReportGroep.Alle, Rij = KpiNaam.InAanrakingMetWerk + ReportRij.TellerSuffix, Leerroute = null, Soort = null });
        return noemer.Concat(teller);
    }
}

using Inburgering.Hub.Domain;

namespace Inburgering.Hub.Reporting.Sections;

/// <summary>2.2 Inburgeraars: gehuisvest, inburgeringsplichtig, PIP vastgesteld and beëindigd, per group.</summary>
public sealed class InburgeraarsSection : IReportSection
{
    public IQueryable<ReportFact> Facts(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (db, van, tot, gemeenten) = (scope.Db, scope.Van, scope.Tot, scope.Gemeenten);

        // All persons COA housed, children and persons without DUO record included.
        var gehuisvest =
            from k in db.Koppelingen
            where !k.IsDeleted && k.Huisvestingsdatum >= van && k.Huisvestingsdatum <= tot && gemeenten.Contains(k.GemeenteCode)
            select new ReportFact { Gemeente = k.GemeenteCode, Sleutel = k.InburgeraarId, Groep = ReportGroep.Statushouder, Rij = ReportRij.AantalGehuisvest, Leerroute = null, Soort = null };

        var plichtig =
            from m in scope.EffectieveMeldingen
            where m.Soort == MeldingSoort.InburgeringsplichtGestart && m.Wet == Wet.Wi2021
                && m.Datum >= van && m.Datum <= tot && gemeenten.Contains(m.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on m.InburgeraarId equals p.Persoon
            select new ReportFact { Gemeente = m.GemeenteCode, Sleutel = m.InburgeraarId, Groep = p.Groep, Rij = ReportRij.AantalInburgeringsplichtig, Leerroute = null, Soort = null };

        var pip =
            from i in db.BredeIntakes
            where !i.IsDeleted && i.PipDagtekening >= van && i.PipDagtekening <= tot && gemeenten.Contains(i.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on i.InburgeraarId equals p.Persoon
            select new ReportFact { Gemeente = i.GemeenteCode, Sleutel = i.InburgeraarId, Groep = p.Groep, Rij = ReportRij.PipVastgesteld, Leerroute = null, Soort = null };

        var pipBeeindigd =
            from i in db.BredeIntakes
            where !i.IsDeleted && i.PipBeeindigdOp >= van && i.PipBeeindigdOp <= tot && gemeenten.Contains(i.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on i.InburgeraarId equals p.Persoon
            select new ReportFact { Gemeente = i.GemeenteCode, Sleutel = i.InburgeraarId, Groep = p.Groep, Rij = ReportRij.Beeindigd, Leerroute = null, Soort = null };

        var duoBeeindigd =
            from m in scope.EffectieveMeldingen
            where (m.Soort == MeldingSoort.PlichtBeeindigd || m.Soort == MeldingSoort.Ontheffing || m.Soort == MeldingSoort.Vrijstelling
                    || (m.Soort == MeldingSoort.Verhuisd && m.NaarGemeenteCode != null && m.NaarGemeenteCode != m.GemeenteCode))
                && m.Datum >= van && m.Datum <= tot && gemeenten.Contains(m.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on m.InburgeraarId equals p.Persoon
            select new ReportFact { Gemeente = m.GemeenteCode, Sleutel = m.InburgeraarId, Groep = p.Groep, Rij = ReportRij.Beeindigd, Leerroute = null, Soort = null };

        return gehuisvest.Concat(plichtig).Concat(pip).Concat(pipBeeindigd).Concat(duoBeeindigd);
    }
}

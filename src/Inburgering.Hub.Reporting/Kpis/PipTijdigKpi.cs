using Inburgering.Hub.Reporting.Sections;

namespace Inburgering.Hub.Reporting.Kpis;

/// <summary>
/// pipTijdig: of the PIPs dated in the period (WI2021 persons), the ones dated at most 70 days
/// after the later of the DUO kennisgeving and the COA huisvestingsdatum (if any). Counts PIPs.
/// <c>pip ≤ max(k, h) + 70</c> is evaluated as <c>pip − 70 ≤ k OR pip − 70 ≤ h</c>.
/// </summary>
public sealed class PipTijdigKpi : IReportSection
{
    public const int Dagen = 70;

    public IQueryable<ReportFact> Facts(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (db, van, tot, gemeenten) = (scope.Db, scope.Van, scope.Tot, scope.Gemeenten);
        var pips =
            from i in db.BredeIntakes
            where !i.IsDeleted && i.PipDagtekening >= van && i.PipDagtekening <= tot && gemeenten.Contains(i.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on i.InburgeraarId equals p.Persoon
            select new { i.Id, i.GemeenteCode, i.InburgeraarId, Grens = i.PipDagtekening!.Value.AddDays(-Dagen), p.Kennisgeving };

        var noemer = pips.Select(x => new ReportFact { Gemeente = x.GemeenteCode, Sleutel = x.Id, Groep = ReportGroep.Alle, Rij = KpiNaam.PipTijdig + ReportRij.NoemerSuffix, Leerroute = null, Soort = null });
        var teller = pips
            .Where(x => x.Grens <= x.Kennisgeving
                || db.Koppelingen.Any(k => k.InburgeraarId == x.InburgeraarId && !k.IsDeleted && k.Huisvestingsdatum != null && x.Grens <= k.Huisvestingsdatum))
            .Select(x => new ReportFact { Gemeente = x.GemeenteCode, Sleutel = x.Id, Groep = ReportGroep.Alle, Rij = KpiNaam.PipTijdig + ReportRij.TellerSuffix, Leerroute = null, Soort = null });
        return noemer.Concat(teller);
    }
}

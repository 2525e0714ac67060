using Inburgering.Hub.Domain;

namespace Inburgering.Hub.Reporting.Sections;

/// <summary>2.3.6 Werk: persons with a participatie item of each soort (taalmaatje excluded) starting in the period.</summary>
public sealed class WerkSection : IReportSection
{
    /// <summary>The soorten of the section, in contract order.</summary>
    public static readonly IReadOnlyList<ParticipatieSoort> Soorten =
        [ParticipatieSoort.OrientatieWerkstage, ParticipatieSoort.Werkstage, ParticipatieSoort.Vrijwilligerswerk, ParticipatieSoort.BetaaldeBaan];

    public IQueryable<ReportFact> Facts(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (db, van, tot, gemeenten) = (scope.Db, scope.Van, scope.Tot, scope.Gemeenten);
        return
            from a in db.Participatieactiviteiten
            where !a.IsDeleted && a.Soort != ParticipatieSoort.Taalmaatje
                && a.Startdatum >= van && a.Startdatum <= tot && gemeenten.Contains(a.GemeenteCode)
            join p in scope.KlassenPerKennisgeving() on a.InburgeraarId equals p.Persoon
            select new ReportFact { Gemeente = a.GemeenteCode, Sleutel = a.InburgeraarId, Groep = ReportGroep.Alle, Rij = ReportRij.Werk, Soort = a.Soort, Leerroute = null };
    }
}

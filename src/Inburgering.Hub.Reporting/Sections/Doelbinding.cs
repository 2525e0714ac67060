using Inburgering.Hub.Domain;

namespace Inburgering.Hub.Reporting.Sections;

/// <summary>
/// <see cref="ReportScope.Klassen"/> in the shape the sections join on: one row per effective WI2021
/// kennisgeving with a doelgroep (not grouped), carrying the person's group and latest kennisgeving
/// as correlated subqueries. Joined on the person, SQLite looks up only the kennisgevingen of the
/// persons a section's facts name (index IX_duo_meldingen_InburgeraarId_Kennisgeving) instead of
/// grouping all kennisgevingen of the region again for every branch of every section. Same persons,
/// groups and dates as <see cref="ReportScope.Klassen"/>; a person with two such kennisgevingen is
/// joined twice, which no count sees, as every count is distinct.
/// </summary>
public static class Doelbinding
{
    public static IQueryable<PersonKlasse> KlassenPerKennisgeving(this ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var kennisgevingen = scope.EffectieveMeldingen
            .Where(m => m.Soort == MeldingSoort.InburgeringsplichtGestart && m.Wet == Wet.Wi2021 && m.Doelgroep != null);
        return kennisgevingen.Select(k => new PersonKlasse
        {
            Persoon = k.InburgeraarId,
            Groep = k.Doelgroep == Doelgroep.Asielstatushouder
                || kennisgevingen.Any(m => m.InburgeraarId == k.InburgeraarId && m.Doelgroep == Doelgroep.Asielstatushouder)
                ? ReportGroep.Statushouder
                : ReportGroep.Gezinsmigrant,
            Kennisgeving = kennisgevingen.Where(m => m.InburgeraarId == k.InburgeraarId).Max(m => m.Datum),
        });
    }
}

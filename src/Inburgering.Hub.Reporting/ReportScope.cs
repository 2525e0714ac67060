using Inburgering.Hub.Data;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Reporting;

/// <summary>
/// What every section query needs: the caller-scoped store, the inclusive period, the gemeenten of
/// the report and the doelbinding (which persons count, and in which group).
/// </summary>
public sealed class ReportScope(HubDbContext db, DateOnly van, DateOnly tot, IReadOnlyList<string> gemeenten)
{
    public HubDbContext Db { get; } = db;

    public DateOnly Van { get; } = van;

    public DateOnly Tot { get; } = tot;

    /// <summary>The gemeenten of the report; a fact counts only when the gemeente on its record is one of them.</summary>
    public string[] Gemeenten { get; } = [.. gemeenten];

    /// <summary>DUO meldingen that count: not tombstoned and not replaced by a correction.</summary>
    public IQueryable<DuoMelding> EffectieveMeldingen =>
        Db.DuoMeldingen.Where(m => !m.IsDeleted && m.VervangenDoorSourceId == null);

    /// <summary>
    /// Every person with an effective WI2021 INBURGERINGSPLICHT_GESTART melding, with its group:
    /// statushouder when any such melding says ASIELSTATUSHOUDER, else gezinsmigrant. Persons with
    /// only WI2013 meldingen are not in it, so an inner join with it applies the doelbinding.
    /// </summary>
    public IQueryable<PersonKlasse> Klassen =>
        EffectieveMeldingen
            .Where(m => m.Soort == MeldingSoort.InburgeringsplichtGestart && m.Wet == Wet.Wi2021 && m.Doelgroep != null)
            .GroupBy(m => m.InburgeraarId)
            .Select(g => new PersonKlasse
            {
                Persoon = g.Key,
                Groep = g.Min(m => m.Doelgroep == Doelgroep.Asielstatushouder ? ReportGroep.Statushouder : ReportGroep.Gezinsmigrant),
                Kennisgeving = g.Max(m => m.Datum),
            });
}

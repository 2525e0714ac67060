using GraphQL.Types;
using Inburgering.Hub.Data;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Types;

namespace Inburgering.Hub.GraphQL.Aggregates;

/// <summary>
/// One vastgestelde PIP with its doorlooptijd: the days from the start of the plicht to the PIP's
/// dagtekening. The start is the date the voortgangsrapportage's pipTijdig KPI measures from
/// (docs/voortgangsrapportage.md, "Beleidsdoelstellingen"): the later of the person's latest effective
/// WI2021 DUO kennisgeving (INBURGERINGSPLICHT_GESTART datum, the doelbinding) and the person's latest COA
/// huisvestingsdatum (if any). Only WI2021 persons with such a kennisgeving count, as in the report.
/// Not a table: derived per request from the caller-scoped intakes, meldingen and koppelingen
/// (<see cref="Van"/>; for a regio analist, the PIPs of its own gemeenten from the rows of its own
/// gemeenten only, as their groups are exact), and read only through <c>pipDoorlooptijdenStatistieken</c>, so its figures pass
/// the same disclosure control as every other statistics field.
/// </summary>
public sealed class PipDoorlooptijd : IGemeenteScoped
{
    /// <summary>The legal term for the PIP, in days: 10 weeks (the pipTijdig KPI's 70 days).</summary>
    public const int TienWeken = 70;

    /// <summary>The intake (PIP) id.</summary>
    public long Id { get; set; }

    public long InburgeraarId { get; set; }

    /// <summary>The gemeente on the intake (GMnnnn).</summary>
    public string GemeenteCode { get; set; } = "";

    /// <summary>The leerroute vastgesteld in the PIP; null while not vastgesteld.</summary>
    public Leerroute? Leerroute { get; set; }

    /// <summary>Dagtekening of the PIP (the date the doorlooptijd ends and the periode is bucketed on).</summary>
    public DateOnly PipDagtekening { get; set; }

    /// <summary>Start of the plicht: the later of the latest kennisgeving and the latest huisvestingsdatum.</summary>
    public DateOnly Startdatum { get; set; }

    /// <summary>Days from <see cref="Startdatum"/> to <see cref="PipDagtekening"/> (negative when the PIP came first).</summary>
    public int Dagen { get; set; }

    /// <summary><see cref="Dagen"/> ≤ 70: the PIP within 10 weeks (counts for the pipTijdig teller).</summary>
    public bool BinnenTienWeken { get; set; }

    /// <summary>The doorlooptijden of the PIPs <paramref name="db"/> lets its caller see (one per intake with a pipDagtekening).</summary>
    public static IQueryable<PipDoorlooptijd> Van(HubDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        // On an aggregate store (a regio analist) the scope covers the caller's own gemeenten and those it
        // only counts; the groups of its own gemeenten are exact, so their PIPs take their start from the
        // rows of its own gemeenten only (as for a caller of those alone), never from another gemeente's rows.
        var eigen = db.Scope.IsAggregateOnly && !db.Scope.IsUnrestricted;
        string[] rijen = eigen ? [.. db.Scope.Gemeenten.Except(db.Scope.AggregateGemeenten, StringComparer.Ordinal)] : [];
        var kennisgevingen = db.DuoMeldingen.Where(m => !m.IsDeleted && m.VervangenDoorSourceId == null
            && m.Soort == MeldingSoort.InburgeringsplichtGestart && m.Wet == Wet.Wi2021 && m.Doelgroep != null);
        var koppelingen = db.Koppelingen.Where(k => !k.IsDeleted && k.Huisvestingsdatum != null);
        var pips =
            from i in db.BredeIntakes
            where !i.IsDeleted && i.PipDagtekening != null
            let alleenEigen = eigen && rijen.Contains(i.GemeenteCode)
            where kennisgevingen.Any(m => m.InburgeraarId == i.InburgeraarId && (!alleenEigen || rijen.Contains(m.GemeenteCode)))
            let kennisgeving = kennisgevingen.Where(m => m.InburgeraarId == i.InburgeraarId && (!alleenEigen || rijen.Contains(m.GemeenteCode))).Max(m => m.Datum)
            let huisvesting = koppelingen.Where(k => k.InburgeraarId == i.InburgeraarId && (!alleenEigen || rijen.Contains(k.GemeenteCode))).Max(k => k.Huisvestingsdatum)
            select new { i.Id, i.InburgeraarId, i.GemeenteCode, i.Leerroute, Pip = i.PipDagtekening!.Value, Start = huisvesting != null && huisvesting > kennisgeving ? huisvesting.Value : kennisgeving };
        return pips.Select(p => new PipDoorlooptijd
        {
            Id = p.Id,
            InburgeraarId = p.InburgeraarId,
            GemeenteCode = p.GemeenteCode,
            Leerroute = p.Leerroute,
            PipDagtekening = p.Pip,
            Startdatum = p.Start,
            Dagen = p.Pip.DayNumber - p.Start.DayNumber,
            BinnenTienWeken = p.Pip.DayNumber - p.Start.DayNumber <= TienWeken,
        });
    }
}

/// <summary>
/// The fields of <see cref="PipDoorlooptijd"/> the statistics group (gemeenteCode, leerroute,
/// binnenTienWeken), bucket (pipDagtekening, startdatum) and aggregate (dagen) on. Not an output type of
/// the schema itself: it defines the query model of <c>pipDoorlooptijdenStatistieken</c>.
/// </summary>
public sealed class PipDoorlooptijdGraphType : ObjectGraphType<PipDoorlooptijd>
{
    public PipDoorlooptijdGraphType()
    {
        Name = "PipDoorlooptijd";
        Description = "A vastgestelde PIP and its doorlooptijd in days from the start of the plicht (the later of DUO kennisgeving and COA huisvesting).";
        Field(p => p.GemeenteCode).Description("Gemeente on the intake (GMnnnn).");
        Field(p => p.Leerroute, type: typeof(LeerrouteGraphType)).Description("Leerroute vastgesteld in the PIP.");
        Field(p => p.PipDagtekening).Description("Dagtekening of the PIP.");
        Field(p => p.Startdatum).Description("Start of the plicht: the later of the latest DUO kennisgeving and the latest COA huisvestingsdatum.");
        Field(p => p.Dagen).Description("Days from startdatum to pipDagtekening (the doorlooptijd).");
        Field(p => p.BinnenTienWeken).Description("dagen ≤ 70: the PIP within the 10 weeks (the pipTijdig KPI's teller).");
    }
}

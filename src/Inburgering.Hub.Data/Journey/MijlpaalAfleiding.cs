using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Data.Journey;

/// <summary>
/// The rules of the voortgangsrapportage (docs/voortgangsrapportage.md), stated once: derives the
/// milestones (<see cref="MijlpaalFeit"/>) of the persons chosen by <see cref="MijlpaalPersonen"/> from the
/// canonical rows, in two SQL statements. Each branch is a section of the report without its period and
/// gemeente filter: the row carries the date the period is matched on and the gemeente of its record
/// instead, so the report over any [van, tot] and set of gemeenten is a distinct count over the rows with
/// that date and gemeente. Everything a milestone depends on (its record, the person's effective WI2021
/// kennisgevingen for the doelbinding, the person's koppelingen, participatie, uitkeringen, intakes and
/// VOLDAAN meldingen for the KPI tellers) belongs to the same person and is read from the tables
/// <see cref="Gemeenten"/> lists, so a person's milestones change only when that person's rows change.
/// On a system context it gives the journey projection (<see cref="InburgeraarMijlpaal"/>, the full view of
/// every person); on a caller-scoped context it gives what that caller sees (every table is filtered to the
/// caller's gemeenten, the doelbinding and the KPI conditions included), which the report uses for the
/// persons whose rows span the caller's gemeenten and others.
/// </summary>
public static class MijlpaalAfleiding
{
    /// <summary>Row names, equal to the report's (the contract's field names; KPI rows with suffix).</summary>
    public static class Rijen
    {
        public const string AantalGehuisvest = "aantalGehuisvest";
        public const string AantalInburgeringsplichtig = "aantalInburgeringsplichtig";
        public const string PipVastgesteld = "pipVastgesteld";
        public const string Beeindigd = "beeindigd";
        public const string Gestart = "gestart";
        public const string Vastgesteld = "vastgesteld";
        public const string Afgerond = "afgerond";
        public const string MapAfgerond = "map.afgerond";
        public const string MapVrijstellingen = "map.vrijstellingen";
        public const string PvtAfgerond = "pvtAfgerond";
        public const string AantalTrajecten = "aantalTrajecten";
        public const string Verlengd = "verlengd";
        public const string Werk = "werk";
        public const string PipTijdigNoemer = "pipTijdig.noemer";
        public const string PipTijdigTeller = "pipTijdig.teller";
        public const string InAanrakingMetWerkNoemer = "inAanrakingMetWerk.noemer";
        public const string InAanrakingMetWerkTeller = "inAanrakingMetWerk.teller";
        public const string VoldaanBinnenTermijnNoemer = "voldaanBinnenTermijn.noemer";
        public const string VoldaanBinnenTermijnTeller = "voldaanBinnenTermijn.teller";
        public const string UitstroomNaarWerkNoemer = "uitstroomNaarWerk.noemer";
        public const string UitstroomNaarWerkTeller = "uitstroomNaarWerk.teller";
    }

    /// <summary>Groups: 0 both, 1 statushouder (DUO ASIELSTATUSHOUDER), 2 gezinsmigrant.</summary>
    public const int Alle = 0;

    /// <inheritdoc cref="Alle"/>
    public const int Statushouder = 1;

    /// <inheritdoc cref="Alle"/>
    public const int Gezinsmigrant = 2;

    /// <summary>pipTijdig: PIP at most this many days after the later of kennisgeving and huisvesting.</summary>
    public const int PipTijdigDagen = 70;

    /// <summary>inAanrakingMetWerk: participatie starting at most this many days after huisvesting.</summary>
    public const int InAanrakingDagen = 365;

    /// <summary>uitstroomNaarWerk: werk or uitstroom within this many days after the leerroute's einddatum.</summary>
    public const int UitstroomDagen = 365;

    /// <summary>
    /// The gemeenten of each chosen person's rows that the derivation reads (not withdrawn), distinct:
    /// a person whose rows all lie in one gemeente has the same milestones in every caller's view that
    /// includes it. Must list every table <see cref="Afleiden"/> reads.
    /// </summary>
    public static IQueryable<MijlpaalGemeente> Gemeenten(HubDbContext db, MijlpaalPersonen personen)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(personen);
        IQueryable<MijlpaalGemeente> Van<T>(IQueryable<T> rows)
            where T : PersonFact =>
            personen.Apply(rows).Where(r => !r.IsDeleted).Select(r => new MijlpaalGemeente { InburgeraarId = r.InburgeraarId, GemeenteCode = r.GemeenteCode });

        return Van(db.DuoMeldingen)
            .Union(Van(db.Koppelingen))
            .Union(Van(db.BredeIntakes))
            .Union(Van(db.LeerrouteDeelnames))
            .Union(Van(db.MapTrajecten))
            .Union(Van(db.Pvts))
            .Union(Van(db.Ontzorgtrajecten))
            .Union(Van(db.Participatieactiviteiten))
            .Union(Van(db.Inburgeringsplichten))
            .Union(Van(db.Uitkeringen));
    }

    /// <summary>
    /// The persons among <paramref name="personen"/> with a doelbinding: at least one effective WI2021
    /// kennisgeving with a doelgroep. Every milestone of <see cref="Afleiden"/> but gehuisvest is joined to
    /// the doelbinding of its person, so a person without one has exactly the milestones of
    /// <see cref="Gehuisvest"/> (the sync engine derives those persons' milestones with that one statement;
    /// the demo region's <c>JourneyProjectionTests</c> hold the two equal for every such person of the demo region).
    /// </summary>
    public static IQueryable<long> MetDoelbinding(HubDbContext db, MijlpaalPersonen personen)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(personen);
        return personen.Apply(Kennisgevingen(db)).Select(k => k.InburgeraarId).Distinct();
    }

    /// <summary>
    /// The gehuisvest milestones of <paramref name="personen"/> (2.2: every housed person, no doelbinding),
    /// distinct: all that <see cref="Afleiden"/> gives for a person without a doelbinding (<see cref="MetDoelbinding"/>).
    /// </summary>
    public static IQueryable<MijlpaalFeit> Gehuisvest(HubDbContext db, MijlpaalPersonen personen)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(personen);
        return GehuisvestVan(personen.Apply(db.Koppelingen).Where(k => !k.IsDeleted && k.Huisvestingsdatum != null)).Distinct();
    }

    /// <summary>Effective DUO meldingen (not deleted, not replaced).</summary>
    private static IQueryable<DuoMelding> Meldingen(HubDbContext db) =>
        db.DuoMeldingen.Where(m => !m.IsDeleted && m.VervangenDoorSourceId == null);

    /// <summary>The effective WI2021 kennisgevingen with a doelgroep: the doelbinding's source.</summary>
    private static IQueryable<DuoMelding> Kennisgevingen(HubDbContext db) =>
        Meldingen(db).Where(m => m.Soort == MeldingSoort.InburgeringsplichtGestart && m.Wet == Wet.Wi2021 && m.Doelgroep != null);

    private static IQueryable<MijlpaalFeit> GehuisvestVan(IQueryable<Koppeling> koppelingen) =>
        koppelingen.Select(k => new MijlpaalFeit
        {
            InburgeraarId = k.InburgeraarId,
            GemeenteCode = k.GemeenteCode,
            Datum = k.Huisvestingsdatum!.Value,
            Groep = Statushouder,
            Rij = Rijen.AantalGehuisvest,
            Leerroute = null,
            Soort = null,
            Sleutel = k.InburgeraarId,
        });

    private sealed class Klasse
    {
        public long Persoon { get; set; }

        public int Groep { get; set; }

        public DateOnly Kennisgeving { get; set; }
    }

    /// <summary>
    /// The distinct milestones of the persons <paramref name="personen"/> selects, as statements whose
    /// results are disjoint (no milestone comes from two of them).
    /// </summary>
    public static IReadOnlyList<IQueryable<MijlpaalFeit>> Afleiden(HubDbContext db, MijlpaalPersonen personen)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(personen);

        var meldingen = Meldingen(db);
        var kennisgevingen = Kennisgevingen(db);

        // The doelbinding: one row per effective WI2021 kennisgeving with a doelgroep, of the chosen persons
        // only, carrying the person's group (statushouder when any such kennisgeving says ASIELSTATUSHOUDER)
        // and latest kennisgeving date; every milestone joins it on its own person (a person with two such
        // kennisgevingen is joined twice, which no count sees: every count is distinct). WI2013-only persons
        // are not in it, so the inner join applies the doelbinding.
        var klassen = personen.Apply(kennisgevingen).Select(k => new Klasse
        {
            Persoon = k.InburgeraarId,
            Groep = k.Doelgroep == Doelgroep.Asielstatushouder
                || kennisgevingen.Any(m => m.InburgeraarId == k.InburgeraarId && m.Doelgroep == Doelgroep.Asielstatushouder)
                ? Statushouder
                : Gezinsmigrant,
            Kennisgeving = kennisgevingen.Where(m => m.InburgeraarId == k.InburgeraarId).Max(m => m.Datum),
        });

        // The facts of the chosen persons: gehuisvest reads its koppelingen on their own; every other branch
        // inner-joins its facts to the doelbinding, which restricts them to the chosen persons already.
        var koppelingen = personen.Apply(db.Koppelingen).Where(k => !k.IsDeleted && k.Huisvestingsdatum != null);
        var gebondenKoppelingen = personen.ApplyJoined(db.Koppelingen).Where(k => !k.IsDeleted && k.Huisvestingsdatum != null);
        var eigenMeldingen = personen.ApplyJoined(meldingen);
        var intakes = personen.ApplyJoined(db.BredeIntakes).Where(i => !i.IsDeleted);
        var deelnames = personen.ApplyJoined(db.LeerrouteDeelnames).Where(d => !d.IsDeleted);
        var maps = personen.ApplyJoined(db.MapTrajecten).Where(m => !m.IsDeleted);
        var pvts = personen.ApplyJoined(db.Pvts).Where(v => !v.IsDeleted);
        var ontzorg = personen.ApplyJoined(db.Ontzorgtrajecten).Where(o => !o.IsDeleted);
        var participatie = personen.ApplyJoined(db.Participatieactiviteiten).Where(a => !a.IsDeleted);
        var plichten = personen.ApplyJoined(db.Inburgeringsplichten).Where(p => !p.IsDeleted && p.TermijnEinde != null);

        // 2.2 Inburgeraars. Gehuisvest counts every housed person (children, no DUO record): no doelbinding.
        var gehuisvest = GehuisvestVan(koppelingen);

        var plichtig =
            from m in eigenMeldingen
            where m.Soort == MeldingSoort.InburgeringsplichtGestart && m.Wet == Wet.Wi2021
            join p in klassen on m.InburgeraarId equals p.Persoon
            select new MijlpaalFeit
            {
                InburgeraarId = m.InburgeraarId,
                GemeenteCode = m.GemeenteCode,
                Datum = m.Datum,
                Groep = p.Groep,
                Rij = Rijen.AantalInburgeringsplichtig,
                Leerroute = null,
                Soort = null,
                Sleutel = m.InburgeraarId,
            };

        var pip =
            from i in intakes
            where i.PipDagtekening != null
            join p in klassen on i.InburgeraarId equals p.Persoon
            select new MijlpaalFeit
            {
                InburgeraarId = i.InburgeraarId,
                GemeenteCode = i.GemeenteCode,
                Datum = i.PipDagtekening!.Value,
                Groep = p.Groep,
                Rij = Rijen.PipVastgesteld,
                Leerroute = null,
                Soort = null,
                Sleutel = i.InburgeraarId,
            };

        var pipBeeindigd =
            from i in intakes
            where i.PipBeeindigdOp != null
            join p in klassen on i.InburgeraarId equals p.Persoon
            select new MijlpaalFeit
            {
                InburgeraarId = i.InburgeraarId,
                GemeenteCode = i.GemeenteCode,
                Datum = i.PipBeeindigdOp!.Value,
                Groep = p.Groep,
                Rij = Rijen.Beeindigd,
                Leerroute = null,
                Soort = null,
                Sleutel = i.InburgeraarId,
            };

        var duoBeeindigd =
            from m in eigenMeldingen
            where m.Soort == MeldingSoort.PlichtBeeindigd || m.Soort == MeldingSoort.Ontheffing || m.Soort == MeldingSoort.Vrijstelling
                || (m.Soort == MeldingSoort.Verhuisd && m.NaarGemeenteCode != null && m.NaarGemeenteCode != m.GemeenteCode)
            join p in klassen on m.InburgeraarId equals p.Persoon
            select new MijlpaalFeit
            {
                InburgeraarId = m.InburgeraarId,
                GemeenteCode = m.GemeenteCode,
                Datum = m.Datum,
                Groep = p.Groep,
                Rij = Rijen.Beeindigd,
                Leerroute = null,
                Soort = null,
                Sleutel = m.InburgeraarId,
            };

        // 2.3.1 Leerroutes.
        var gestart =
            from d in deelnames
            join p in klassen on d.InburgeraarId equals p.Persoon
            where p.Groep == Statushouder
            select new MijlpaalFeit
            {
                InburgeraarId = d.InburgeraarId,
                GemeenteCode = d.GemeenteCode,
                Datum = d.Startdatum,
                Groep = p.Groep,
                Rij = Rijen.Gestart,
                Leerroute = d.Leerroute,
                Soort = null,
                Sleutel = d.InburgeraarId,
            };

        var vastgesteld =
            from i in intakes
            where i.Leerroute != null && i.PipDagtekening != null
            join p in klassen on i.InburgeraarId equals p.Persoon
            where p.Groep == Gezinsmigrant
            select new MijlpaalFeit
            {
                InburgeraarId = i.InburgeraarId,
                GemeenteCode = i.GemeenteCode,
                Datum = i.PipDagtekening!.Value,
                Groep = p.Groep,
                Rij = Rijen.Vastgesteld,
                Leerroute = i.Leerroute,
                Soort = null,
                Sleutel = i.InburgeraarId,
            };

        var afgerondeDeelnames = deelnames.Where(d => d.Status == DeelnameStatus.Afgerond && d.Einddatum != null);
        var afgerond =
            from d in afgerondeDeelnames
            join p in klassen on d.InburgeraarId equals p.Persoon
            select new MijlpaalFeit
            {
                InburgeraarId = d.InburgeraarId,
                GemeenteCode = d.GemeenteCode,
                Datum = d.Einddatum!.Value,
                Groep = p.Groep,
                Rij = Rijen.Afgerond,
                Leerroute = d.Leerroute,
                Soort = null,
                Sleutel = d.InburgeraarId,
            };

        // 2.3.2 MAP, 2.3.3 PVT.
        var mapAfgerond =
            from m in maps
            where m.Resultaat == MapResultaat.Afgerond && m.DatumEindgesprek != null
            join p in klassen on m.InburgeraarId equals p.Persoon
            select new MijlpaalFeit
            {
                InburgeraarId = m.InburgeraarId,
                GemeenteCode = m.GemeenteCode,
                Datum = m.DatumEindgesprek!.Value,
                Groep = Alle,
                Rij = Rijen.MapAfgerond,
                Leerroute = null,
                Soort = null,
                Sleutel = m.InburgeraarId,
            };

        var mapVrijgesteld =
            from m in maps
            where m.Resultaat == MapResultaat.Vrijgesteld
            join p in klassen on m.InburgeraarId equals p.Persoon
            select new MijlpaalFeit
            {
                InburgeraarId = m.InburgeraarId,
                GemeenteCode = m.GemeenteCode,
                Datum = m.DatumEindgesprek ?? m.Startdatum,
                Groep = Alle,
                Rij = Rijen.MapVrijstellingen,
                Leerroute = null,
                Soort = null,
                Sleutel = m.InburgeraarId,
            };

        var pvt =
            from v in pvts
            join p in klassen on v.InburgeraarId equals p.Persoon
            select new MijlpaalFeit
            {
                InburgeraarId = v.InburgeraarId,
                GemeenteCode = v.GemeenteCode,
                Datum = v.AfgerondOp,
                Groep = Alle,
                Rij = Rijen.PvtAfgerond,
                Leerroute = null,
                Soort = null,
                Sleutel = v.InburgeraarId,
            };

        // 2.3.5 Financieel ontzorgen (statushouders; trajecten, not persons).
        var trajecten =
            from o in ontzorg
            join p in klassen on o.InburgeraarId equals p.Persoon
            where p.Groep == Statushouder
            select o;
        var trajectGestart = trajecten.Select(o => new MijlpaalFeit
        {
            InburgeraarId = o.InburgeraarId,
            GemeenteCode = o.GemeenteCode,
            Datum = o.Startdatum,
            Groep = Statushouder,
            Rij = Rijen.AantalTrajecten,
            Leerroute = null,
            Soort = null,
            Sleutel = o.Id,
        });
        var trajectVerlengd = trajecten.Where(o => o.VerlengdTot != null).Select(o => new MijlpaalFeit
        {
            InburgeraarId = o.InburgeraarId,
            GemeenteCode = o.GemeenteCode,
            Datum = o.Startdatum,
            Groep = Statushouder,
            Rij = Rijen.Verlengd,
            Leerroute = null,
            Soort = null,
            Sleutel = o.Id,
        });

        // 2.3.6 Werk (taalmaatje excluded).
        var werk =
            from a in participatie
            where a.Soort != ParticipatieSoort.Taalmaatje
            join p in klassen on a.InburgeraarId equals p.Persoon
            select new MijlpaalFeit
            {
                InburgeraarId = a.InburgeraarId,
                GemeenteCode = a.GemeenteCode,
                Datum = a.Startdatum,
                Groep = Alle,
                Rij = Rijen.Werk,
                Leerroute = null,
                Soort = a.Soort,
                Sleutel = a.InburgeraarId,
            };

        // KPI pipTijdig (PIPs): pip ≤ max(kennisgeving, huisvesting) + 70 days.
        var pips =
            from i in intakes
            where i.PipDagtekening != null
            join p in klassen on i.InburgeraarId equals p.Persoon
            select new { i.Id, i.GemeenteCode, i.InburgeraarId, Pip = i.PipDagtekening!.Value, Grens = i.PipDagtekening!.Value.AddDays(-PipTijdigDagen), p.Kennisgeving };
        var pipNoemer = pips.Select(x => new MijlpaalFeit
        {
            InburgeraarId = x.InburgeraarId,
            GemeenteCode = x.GemeenteCode,
            Datum = x.Pip,
            Groep = Alle,
            Rij = Rijen.PipTijdigNoemer,
            Leerroute = null,
            Soort = null,
            Sleutel = x.Id,
        });
        var pipTeller = pips
            .Where(x => x.Grens <= x.Kennisgeving
                || db.Koppelingen.Any(k => k.InburgeraarId == x.InburgeraarId && !k.IsDeleted && k.Huisvestingsdatum != null && x.Grens <= k.Huisvestingsdatum))
            .Select(x => new MijlpaalFeit
            {
                InburgeraarId = x.InburgeraarId,
                GemeenteCode = x.GemeenteCode,
                Datum = x.Pip,
                Groep = Alle,
                Rij = Rijen.PipTijdigTeller,
                Leerroute = null,
                Soort = null,
                Sleutel = x.Id,
            });

        // KPI inAanrakingMetWerk (statushouders housed; participatie ≤ 365 days after housing).
        var gehuisvesteStatushouders =
            from k in gebondenKoppelingen
            join p in klassen on k.InburgeraarId equals p.Persoon
            where p.Groep == Statushouder
            select new { k.GemeenteCode, k.InburgeraarId, Datum = k.Huisvestingsdatum!.Value, Grens = k.Huisvestingsdatum!.Value.AddDays(InAanrakingDagen) };
        var aanrakingNoemer = gehuisvesteStatushouders.Select(x => new MijlpaalFeit
        {
            InburgeraarId = x.InburgeraarId,
            GemeenteCode = x.GemeenteCode,
            Datum = x.Datum,
            Groep = Alle,
            Rij = Rijen.InAanrakingMetWerkNoemer,
            Leerroute = null,
            Soort = null,
            Sleutel = x.InburgeraarId,
        });
        var aanrakingTeller = gehuisvesteStatushouders
            .Where(x => db.Participatieactiviteiten.Any(a => a.InburgeraarId == x.InburgeraarId && !a.IsDeleted && a.Startdatum <= x.Grens))
            .Select(x => new MijlpaalFeit
            {
                InburgeraarId = x.InburgeraarId,
                GemeenteCode = x.GemeenteCode,
                Datum = x.Datum,
                Groep = Alle,
                Rij = Rijen.InAanrakingMetWerkTeller,
                Leerroute = null,
                Soort = null,
                Sleutel = x.InburgeraarId,
            });

        // KPI voldaanBinnenTermijn (route of the latest PIP; VOLDAAN on or before termijn einde).
        var termijnen =
            from pl in plichten
            join p in klassen on pl.InburgeraarId equals p.Persoon
            let route = db.BredeIntakes
                .Where(i => i.InburgeraarId == pl.InburgeraarId && !i.IsDeleted && i.PipDagtekening != null && i.Leerroute != null)
                .OrderByDescending(i => i.PipDagtekening).ThenByDescending(i => i.Id)
                .Select(i => i.Leerroute)
                .FirstOrDefault()
            where route != null
            select new
            {
                pl.GemeenteCode,
                pl.InburgeraarId,
                Datum = pl.TermijnEinde!.Value,
                Route = route,
                Voldaan = (pl.Status == PlichtStatus.Voldaan && pl.StatusDatum != null && pl.StatusDatum <= pl.TermijnEinde)
                    || meldingen.Any(m => m.InburgeraarId == pl.InburgeraarId && m.Soort == MeldingSoort.Voldaan && m.Datum <= pl.TermijnEinde),
            };
        var voldaanNoemer = termijnen.Select(x => new MijlpaalFeit
        {
            InburgeraarId = x.InburgeraarId,
            GemeenteCode = x.GemeenteCode,
            Datum = x.Datum,
            Groep = Alle,
            Rij = Rijen.VoldaanBinnenTermijnNoemer,
            Leerroute = x.Route,
            Soort = null,
            Sleutel = x.InburgeraarId,
        });
        var voldaanTeller = termijnen.Where(x => x.Voldaan).Select(x => new MijlpaalFeit
        {
            InburgeraarId = x.InburgeraarId,
            GemeenteCode = x.GemeenteCode,
            Datum = x.Datum,
            Groep = Alle,
            Rij = Rijen.VoldaanBinnenTermijnTeller,
            Leerroute = x.Route,
            Soort = null,
            Sleutel = x.InburgeraarId,
        });

        // KPI uitstroomNaarWerk (leerroute afgerond; betaalde baan or uitkering ended for werk within 365 days).
        var afgerondeRoutes =
            from d in afgerondeDeelnames
            join p in klassen on d.InburgeraarId equals p.Persoon
            select new { d.GemeenteCode, d.InburgeraarId, d.Leerroute, Einde = d.Einddatum!.Value, Grens = d.Einddatum!.Value.AddDays(UitstroomDagen) };
        var uitstroomNoemer = afgerondeRoutes.Select(x => new MijlpaalFeit
        {
            InburgeraarId = x.InburgeraarId,
            GemeenteCode = x.GemeenteCode,
            Datum = x.Einde,
            Groep = Alle,
            Rij = Rijen.UitstroomNaarWerkNoemer,
            Leerroute = x.Leerroute,
            Soort = null,
            Sleutel = x.InburgeraarId,
        });
        var uitstroomTeller = afgerondeRoutes
            .Where(x =>
                db.Participatieactiviteiten.Any(a => a.InburgeraarId == x.InburgeraarId && !a.IsDeleted && a.Soort == ParticipatieSoort.BetaaldeBaan
                    && a.Startdatum >= x.Einde && a.Startdatum <= x.Grens)
                || db.Uitkeringen.Any(u => u.InburgeraarId == x.InburgeraarId && !u.IsDeleted && u.Einddatum >= x.Einde && u.Einddatum <= x.Grens
                    && (u.RedenUitstroom == RedenUitstroom.Werk || (x.Leerroute == Leerroute.Onderwijs && u.RedenUitstroom == RedenUitstroom.Onderwijs))))
            .Select(x => new MijlpaalFeit
            {
                InburgeraarId = x.InburgeraarId,
                GemeenteCode = x.GemeenteCode,
                Datum = x.Einde,
                Groep = Alle,
                Rij = Rijen.UitstroomNaarWerkTeller,
                Leerroute = x.Leerroute,
                Soort = null,
                Sleutel = x.InburgeraarId,
            });

        // A UNION takes each column's type (and so the enum's value converter) from its first branch: each
        // statement starts with a branch that reads its enum column from a table, never with a null.
        return
        [
            gestart.Concat(vastgesteld).Concat(afgerond)
                .Concat(voldaanNoemer).Concat(voldaanTeller).Concat(uitstroomNoemer).Concat(uitstroomTeller)
                .Concat(gehuisvest).Concat(plichtig).Concat(pip).Concat(pipBeeindigd).Concat(duoBeeindigd)
                .Concat(mapAfgerond).Concat(mapVrijgesteld).Concat(pvt)
                .Concat(trajectGestart).Concat(trajectVerlengd)
                .Concat(pipNoemer).Concat(pipTeller).Concat(aanrakingNoemer).Concat(aanrakingTeller)
                .Distinct(),
            werk.Distinct(),
        ];
    }
}

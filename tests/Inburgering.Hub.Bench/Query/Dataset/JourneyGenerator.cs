using System.Globalization;
using System.Text;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Values;

namespace Inburgering.Hub.Bench.Query.Dataset;

/// <summary>
/// Draws one synthetic inburgeringsjourney per person (deterministic for a seed) and writes it
/// straight into the canonical tables, as the partners' connectors would have left it: COA
/// koppeling for statushouders and their children, the DUO meldingen with the plicht, examens,
/// verlengingen and boetes derived from them, the WerkSaam brede intake/PIP, the taalaanbieder
/// deelname with weekly voortgangsmetingen and PVT, uitkering, financieel ontzorgen, MAP and
/// participatie. Kennisgevingen fall between mid 2020 and early 2025 and nothing is dated after
/// the export date, so any year in between has every kind of fact.
/// </summary>
internal sealed class JourneyGenerator(CanonicalTables tables, string pseudonymisationKey, int seed = 2026)
{
    public static readonly DateOnly ExportDate = new(2025, 6, 30);

    /// <summary>The seven Westfriese gemeenten with a weight roughly like their population.</summary>
    public static readonly (string Code, int Weight)[] Gemeenten =
        [("GM0405", 34), ("GM0420", 17), ("GM0532", 9), ("GM1598", 9), ("GM0498", 8), ("GM0388", 8), ("GM0432", 5)];

    /// <summary>Where a person who moves out of the region goes (Amsterdam: not served by this hub).</summary>
    private const string OutsideRegion = "GM0363";

    private static readonly DateOnly FirstKennisgeving = new(2020, 7, 1);
    private static readonly DateOnly LastKennisgeving = new(2025, 3, 31);
    private static readonly (string Land, int Weight)[] Asiellanden = [("SYR", 40), ("ERI", 22), ("AFG", 13), ("TUR", 10), ("YEM", 8), ("IRN", 4), ("SOM", 3)];
    private static readonly (string Land, int Weight)[] Migratielanden = [("TUR", 20), ("MAR", 18), ("IND", 12), ("POL", 10), ("CHN", 8), ("PHL", 8), ("BRA", 8), ("USA", 8), ("THA", 8)];
    private static readonly (Leerroute? Route, int Weight)[] Routes = [(Leerroute.B1, 50), (Leerroute.Z, 25), (Leerroute.Onderwijs, 15), (null, 10)];
    private static readonly (ParticipatieSoort Soort, int Weight)[] Soorten =
        [(ParticipatieSoort.OrientatieWerkstage, 20), (ParticipatieSoort.Werkstage, 20), (ParticipatieSoort.Vrijwilligerswerk, 25), (ParticipatieSoort.BetaaldeBaan, 20), (ParticipatieSoort.Taalmaatje, 15)];

    private static readonly (RedenUitstroom Reden, int Weight)[] Redenen = [(RedenUitstroom.Werk, 50), (RedenUitstroom.Onderwijs, 15), (RedenUitstroom.Verhuizing, 15), (RedenUitstroom.Overig, 20)];
    private static readonly ExamenOnderdeel[] Onderdelen = [ExamenOnderdeel.Lezen, ExamenOnderdeel.Luisteren, ExamenOnderdeel.Schrijven, ExamenOnderdeel.Spreken, ExamenOnderdeel.Knm];

    private readonly Random _random = new(seed);
    private readonly HmacPseudonymizer _pseudonymizer = new(Encoding.UTF8.GetBytes(pseudonymisationKey));
    private long _melding;

    /// <summary>Writes the taakstellingen per gemeente and half year.</summary>
    public void WriteTaakstellingen(int persons)
    {
        foreach (var (code, weight) in Gemeenten)
        {
            for (var year = 2020; year <= 2025; year++)
            {
                foreach (var half in new[] { 1, 2 })
                {
                    var periode = string.Create(CultureInfo.InvariantCulture, $"{year}-H{half}");
                    var aantal = Math.Max(1, persons * weight / 100 / 20);
                    tables.Taakstellingen.Insert($"{code}/{periode}", 0, code, false, code, periode, aantal, (int)(aantal * (0.7 + (0.4 * _random.NextDouble()))));
                }
            }
        }
    }

    /// <summary>Writes person <paramref name="nummer"/> (from 1) and its whole journey.</summary>
    public void Write(long nummer)
    {
        var gemeente = Pick(Gemeenten);
        var draw = _random.NextDouble();
        var isKind = draw is >= 0.45 and < 0.55;
        var statushouder = draw < 0.55;
        Doelgroep? doelgroep = isKind ? null : statushouder ? Doelgroep.Asielstatushouder : draw < 0.88 ? Doelgroep.Gezinsmigrant : Doelgroep.OverigeMigrant;
        var kennisgeving = Day(FirstKennisgeving, LastKennisgeving);
        var wet = !isKind && kennisgeving.Year < 2022 && _random.NextDouble() < 0.15 ? Wet.Wi2013 : Wet.Wi2021;
        var geboortejaar = isKind ? _random.Next(2006, 2023) : _random.Next(1958, 2006);
        var land = Pick(statushouder ? Asiellanden : Migratielanden);
        var nr = nummer.ToString("D8", CultureInfo.InvariantCulture);

        // COA: statushouders and their children, housed after a koppeling.
        DateOnly? huisvesting = null;
        var hoofdpersoon = false;
        var current = gemeente;
        if (statushouder)
        {
            var koppeldatum = kennisgeving.AddDays(-_random.Next(20, 120));
            huisvesting = koppeldatum.AddDays(_random.Next(20, 180));
            if (huisvesting > ExportDate || _random.NextDouble() < 0.04)
            {
                huisvesting = null;
            }

            hoofdpersoon = !isKind && _random.NextDouble() < 0.7;
            var rol = isKind ? Gezinsrol.Kind : hoofdpersoon ? Gezinsrol.Hoofdpersoon : Gezinsrol.Partner;
            var periode = string.Create(CultureInfo.InvariantCulture, $"{koppeldatum.Year}-H{(koppeldatum.Month <= 6 ? 1 : 2)}");
            var status = huisvesting is null ? KoppelingStatus.Gekoppeld : KoppelingStatus.Gehuisvest;
            var voor = _random.NextDouble() switch { < 0.6 => Voorinburgering.Geen, < 0.85 => Voorinburgering.Gestart, _ => Voorinburgering.Afgerond };
            tables.Koppelingen.Insert(
                "K-" + nr, nummer, gemeente, _random.NextDouble() < 0.005,
                koppeldatum, huisvesting, periode, "G-" + (nummer / 3).ToString(CultureInfo.InvariantCulture), rol.ToString(), _random.NextDouble() < 0.1, voor.ToString(), status.ToString());
        }

        if (doelgroep is { } groep)
        {
            current = WriteDuo(nummer, gemeente, groep, wet, kennisgeving, huisvesting, hoofdpersoon, statushouder);
        }

        var bsn = !isKind || _random.NextDouble() > 0.15;
        tables.Inburgeraars.Insert([
            nummer,
            bsn ? _pseudonymizer.ForBsn("B" + nr) : null,
            statushouder ? _pseudonymizer.ForVNummer("V" + nr) : null,
            geboortejaar,
            land,
            current,
            doelgroep is null ? 1 : 3,
            doelgroep is null ? CanonicalTables.CoaRun : CanonicalTables.DuoRun,
            doelgroep is null ? CanonicalTables.CoaRun : CanonicalTables.DuoRun,
        ]);
    }

    /// <summary>DUO, WerkSaam and taalaanbieder facts of an inburgeringsplichtige; returns the gemeente responsible at the end.</summary>
    private string WriteDuo(long nummer, string gemeente, Doelgroep doelgroep, Wet wet, DateOnly kennisgeving, DateOnly? huisvesting, bool hoofdpersoon, bool statushouder)
    {
        var beschikbaar = huisvesting is { } h && h > kennisgeving ? h : kennisgeving;
        var termijnEinde = kennisgeving.AddYears(3);

        // Kennisgeving, sometimes corrected later (the original then stops counting).
        if (_random.NextDouble() < 0.01)
        {
            var original = NextMelding();
            var correctie = NextMelding();
            Melding(nummer, gemeente, MeldingSoort.InburgeringsplichtGestart, kennisgeving.AddDays(-_random.Next(5, 40)), wet: wet, doelgroep: Doelgroep.OverigeMigrant, id: original, vervangenDoor: correctie);
            Melding(nummer, gemeente, MeldingSoort.InburgeringsplichtGestart, kennisgeving, wet: wet, doelgroep: doelgroep, id: correctie, correctieVan: original);
        }
        else
        {
            Melding(nummer, gemeente, MeldingSoort.InburgeringsplichtGestart, kennisgeving, wet: wet, doelgroep: doelgroep);
        }

        Melding(nummer, gemeente, MeldingSoort.TermijnVastgesteld, kennisgeving.AddDays(_random.Next(1, 15)), termijnAanvang: kennisgeving, termijnEinde: termijnEinde);
        if (_random.NextDouble() < 0.08 && termijnEinde.AddDays(-60) <= ExportDate)
        {
            var datum = termijnEinde.AddDays(-_random.Next(30, 90));
            var nieuw = termijnEinde.AddDays(26 * 7);
            var id = Melding(nummer, gemeente, MeldingSoort.TermijnVerlengd, datum, weken: 26, nieuweEinde: nieuw, grond: "ZIEKTE");
            tables.TermijnVerlengingen.Insert(id, nummer, gemeente, false, datum, 26, nieuw, "ZIEKTE");
            termijnEinde = nieuw;
        }

        // WerkSaam brede intake and PIP (WI2021 only).
        Leerroute? route = null;
        DateOnly? pip = null;
        if (wet == Wet.Wi2021 && _random.NextDouble() < 0.92)
        {
            var intake = beschikbaar.AddDays(_random.Next(5, 40));
            if (intake <= ExportDate)
            {
                var toets = intake.AddDays(_random.Next(0, 15));
                var advies = Pick(Routes);
                pip = beschikbaar.AddDays(_random.Next(Math.Max(20, intake.DayNumber - beschikbaar.DayNumber), 115));
                if (pip > ExportDate)
                {
                    pip = null;
                }

                route = pip is null ? null : _random.NextDouble() < 0.85 ? advies : Pick(Routes);
                DateOnly? beeindigd = pip is { } p && _random.NextDouble() < 0.04 ? Min(p.AddDays(_random.Next(60, 400))) : null;
                tables.Intakes.Insert(
                    "RIT-" + nummer.ToString("D8", CultureInfo.InvariantCulture), nummer, gemeente, false,
                    intake, toets <= ExportDate ? toets : null, advies?.ToString(), pip, route?.ToString(), beeindigd, beeindigd is null ? null : "VERHUIZING");
                if (beeindigd is not null)
                {
                    route = null;
                }
            }
        }

        // Taalaanbieder: leerroute deelname with weekly metingen, exams and a PVT.
        DateOnly? klaar = null;
        if (route is { } leerroute && pip is { } vastgesteld && _random.NextDouble() < 0.92)
        {
            klaar = WriteDeelname(nummer, gemeente, leerroute, vastgesteld);
        }

        // How the plicht goes on: voldaan after the exams, or an end.
        var status = PlichtStatus.Lopend;
        DateOnly? statusDatum = null;
        BeeindigingReden? reden = null;
        var naar = gemeente;
        (DateOnly Datum, string Naar)? verhuizing = null;
        var einde = _random.NextDouble();
        if (klaar is { } k && einde < 0.75)
        {
            statusDatum = k.AddDays(_random.Next(10, 120));
            if (statusDatum <= ExportDate)
            {
                status = PlichtStatus.Voldaan;
                Melding(nummer, gemeente, MeldingSoort.Voldaan, statusDatum.Value);
            }
            else
            {
                statusDatum = null;
            }
        }
        else if (einde > 0.88 && kennisgeving.AddDays(_random.Next(90, 900)) is var datum && datum <= ExportDate)
        {
            var soort = einde switch { < 0.91 => MeldingSoort.Ontheffing, < 0.93 => MeldingSoort.Vrijstelling, < 0.95 => MeldingSoort.PlichtBeeindigd, _ => MeldingSoort.Verhuisd };
            if (soort == MeldingSoort.Verhuisd)
            {
                naar = Pick(Gemeenten);
                if (naar == gemeente)
                {
                    naar = OutsideRegion;
                }

                Melding(nummer, gemeente, soort, datum, naar: naar);
                verhuizing = (datum, naar);
            }
            else
            {
                Melding(nummer, gemeente, soort, datum, reden: soort == MeldingSoort.PlichtBeeindigd ? "VERTROKKEN" : null);
                (status, reden) = soort switch
                {
                    MeldingSoort.Ontheffing => (PlichtStatus.Ontheffing, (BeeindigingReden?)null),
                    MeldingSoort.Vrijstelling => (PlichtStatus.Vrijstelling, null),
                    _ => (PlichtStatus.Beeindigd, BeeindigingReden.VertrokkenUitNederland),
                };
                statusDatum = datum;
            }
        }

        WriteVerhuizing(nummer, gemeente, kennisgeving, verhuizing);

        if (_random.NextDouble() < 0.03)
        {
            var datum = Min(termijnEinde.AddDays(_random.Next(1, 200)));
            var id = Melding(nummer, gemeente, MeldingSoort.Boete, datum, boete: 500m);
            tables.Boetes.Insert(id, nummer, gemeente, false, datum, 500.0);
        }

        var verantwoordelijk = naar == OutsideRegion ? gemeente : naar;
        tables.Plichten.Insert(
            "P-" + nummer.ToString("D8", CultureInfo.InvariantCulture), nummer, verantwoordelijk, false,
            doelgroep.ToString(), wet.ToString(), kennisgeving, status.ToString(), statusDatum, kennisgeving, termijnEinde, reden?.ToString());

        if (wet == Wet.Wi2021)
        {
            WriteWerkSaam(nummer, gemeente, beschikbaar, huisvesting, hoofdpersoon, statushouder);
        }

        return verantwoordelijk;
    }

    private void WriteVerhuizing(long nummer, string gemeente, DateOnly kennisgeving, (DateOnly Datum, string Naar)? verhuizing)
    {
        var id = "PG-" + nummer.ToString("D8", CultureInfo.InvariantCulture);
        if (verhuizing is { } v)
        {
            tables.PlichtGemeenten.Insert(id + "-1", nummer, gemeente, false, kennisgeving, v.Datum, v.Naar);
            if (v.Naar != OutsideRegion)
            {
                tables.PlichtGemeenten.Insert(id + "-2", nummer, v.Naar, false, v.Datum, null, null);
            }
        }
        else
        {
            tables.PlichtGemeenten.Insert(id + "-1", nummer, gemeente, false, kennisgeving, null, null);
        }
    }

    /// <summary>The deelname, metingen, exams and PVT; returns the date the route was completed (null: not completed).</summary>
    private DateOnly? WriteDeelname(long nummer, string gemeente, Leerroute route, DateOnly pip)
    {
        var start = pip.AddDays(_random.Next(10, 60));
        if (start > ExportDate)
        {
            return null;
        }

        var duur = route switch { Leerroute.B1 => _random.Next(450, 900), Leerroute.Z => _random.Next(550, 1100), _ => _random.Next(300, 700) };
        var status = DeelnameStatus.Lopend;
        DateOnly? einde = null;
        var draw = _random.NextDouble();
        if (draw < 0.1)
        {
            einde = start.AddDays(_random.Next(60, duur));
            status = einde <= ExportDate ? DeelnameStatus.Uitgevallen : DeelnameStatus.Lopend;
        }
        else if (start.AddDays(duur) <= ExportDate)
        {
            einde = start.AddDays(duur);
            status = draw < 0.13 ? DeelnameStatus.Overgestapt : DeelnameStatus.Afgerond;
        }

        if (status == DeelnameStatus.Lopend)
        {
            einde = null;
        }

        var laatste = einde ?? ExportDate;
        var aanbieder = gemeente is "GM0405" or "GM0420" or "GM0432" ? "FIOLET" : "NLTRAINING";
        var metingen = Math.Max(1, (laatste.DayNumber - start.DayNumber) / 7);
        var peildatum = start.AddDays(7 * metingen);
        var deelname = tables.Deelnames.Insert(
            $"{aanbieder}/C-{nummer:D8}", nummer, gemeente, false,
            aanbieder, "C-" + nummer.ToString("D8", CultureInfo.InvariantCulture), route.ToString(), start, status.ToString(), einde, peildatum);
        var uren = 0.0;
        for (var m = 1; m <= metingen; m++)
        {
            var voortgang = (double)m / metingen;
            var niveau = route == Leerroute.Z ? (voortgang < 0.5 ? Niveau.A0 : Niveau.A1) : voortgang switch { < 0.3 => Niveau.A1, < 0.7 => Niveau.A2, _ => Niveau.B1 };
            uren += _random.Next(5, 13);
            tables.Metingen.Insert(
                $"{aanbieder}/C-{nummer:D8}/{m}", nummer, gemeente, false,
                deelname, start.AddDays(7 * m), 12.0 * m, uren, _random.Next(0, 3), _random.Next(0, 2), m % 4 == 0 ? 8.0 : null,
                niveau.ToString(), niveau.ToString(), (niveau == Niveau.A0 ? Niveau.A0 : niveau - 1).ToString(), niveau.ToString(), voortgang > 0.6);
        }

        if (status != DeelnameStatus.Uitgevallen && _random.NextDouble() < 0.6 && start.AddDays(150) <= laatste)
        {
            var pvt = start.AddDays(_random.Next(150, Math.Max(151, Math.Min(400, laatste.DayNumber - start.DayNumber))));
            tables.Pvts.Insert($"{aanbieder}/C-{nummer:D8}/PVT", nummer, gemeente, false, pvt, aanbieder);
        }

        if (status == DeelnameStatus.Afgerond && einde is { } afgerond)
        {
            var niveau = route == Leerroute.B1 ? Niveau.B1 : route == Leerroute.Z ? Niveau.A1 : Niveau.B1;
            foreach (var onderdeel in Onderdelen)
            {
                var datum = Min(afgerond.AddDays(-_random.Next(0, 60)));
                var geslaagd = _random.NextDouble() < 0.9;
                var cijfer = Math.Round(geslaagd ? 5.5 + (_random.NextDouble() * 4.5) : 3 + (_random.NextDouble() * 2.4), 1);
                var id = Melding(nummer, gemeente, MeldingSoort.Examenuitslag, datum, onderdeel: onderdeel, niveau: niveau, geslaagd: geslaagd, cijfer: cijfer);
                tables.Examenonderdelen.Insert(id, nummer, gemeente, false, onderdeel.ToString(), niveau.ToString(), (geslaagd ? ExamenResultaat.Geslaagd : ExamenResultaat.NietGeslaagd).ToString(), cijfer, datum);
            }

            return afgerond;
        }

        return null;
    }

    /// <summary>Uitkering, financieel ontzorgen and MAP (housed statushouders) and participatie (everyone).</summary>
    private void WriteWerkSaam(long nummer, string gemeente, DateOnly beschikbaar, DateOnly? huisvesting, bool hoofdpersoon, bool statushouder)
    {
        var nr = nummer.ToString("D8", CultureInfo.InvariantCulture);
        if (statushouder && huisvesting is { } h)
        {
            if (_random.NextDouble() < 0.9)
            {
                DateOnly? einde = null;
                RedenUitstroom? reden = null;
                if (_random.NextDouble() < 0.45)
                {
                    einde = h.AddDays(_random.Next(200, 1200));
                    if (einde > ExportDate)
                    {
                        einde = null;
                    }
                    else
                    {
                        reden = Pick(Redenen);
                    }
                }

                tables.Uitkeringen.Insert("U-" + nr, nummer, gemeente, false, UitkeringSoort.Participatiewet.ToString(), h, einde, reden?.ToString());
            }

            if (hoofdpersoon && _random.NextDouble() < 0.85)
            {
                var start = h.AddDays(_random.Next(0, 21));
                if (start <= ExportDate)
                {
                    var gepland = start.AddDays(365);
                    DateOnly? verlengd = _random.NextDouble() < 0.2 ? gepland.AddDays(182) : null;
                    var posten = _random.NextDouble() < 0.5 ? OntzorgPost.Huur | OntzorgPost.Zorgverzekering | OntzorgPost.Energie : OntzorgPost.Huur | OntzorgPost.Zorgverzekering;
                    tables.Ontzorgtrajecten.Insert("O-" + nr, nummer, gemeente, false, start, gepland, verlengd, posten.ToString());
                }
            }

            if (_random.NextDouble() < 0.85)
            {
                var start = h.AddDays(_random.Next(30, 150));
                if (start <= ExportDate)
                {
                    var eind = start.AddDays(_random.Next(150, 330));
                    var resultaat = eind > ExportDate ? MapResultaat.Lopend : _random.NextDouble() switch
                    {
                        < 0.65 => MapResultaat.Afgerond,
                        < 0.75 => MapResultaat.Vrijgesteld,
                        < 0.85 => MapResultaat.NietSuccesvol,
                        _ => MapResultaat.Lopend,
                    };
                    DateOnly? gesprek = resultaat is MapResultaat.Afgerond or MapResultaat.NietSuccesvol || (resultaat == MapResultaat.Vrijgesteld && _random.NextDouble() < 0.5) ? eind : null;
                    tables.MapTrajecten.Insert("MAP-" + nr, nummer, gemeente, false, start, (double)_random.Next(0, 65), _random.Next(0, 7), gesprek, resultaat.ToString());
                }
            }
        }

        var items = _random.NextDouble() switch { < 0.25 => 0, < 0.6 => 1, < 0.85 => 2, _ => 3 };
        for (var n = 1; n <= items; n++)
        {
            var start = beschikbaar.AddDays(_random.Next(30, 900));
            if (start > ExportDate)
            {
                continue;
            }

            DateOnly? einde = _random.NextDouble() < 0.6 ? Min(start.AddDays(_random.Next(60, 400))) : null;
            tables.Participatie.Insert($"PA-{nr}-{n}", nummer, gemeente, false, Pick(Soorten).ToString(), start, einde, (double)_random.Next(4, 33));
        }
    }

    private string NextMelding() => "M-" + (++_melding).ToString("D9", CultureInfo.InvariantCulture);

    private string Melding(
        long nummer, string gemeente, MeldingSoort soort, DateOnly datum,
        Wet? wet = null, Doelgroep? doelgroep = null, string? id = null, string? vervangenDoor = null, string? correctieVan = null,
        DateOnly? termijnAanvang = null, DateOnly? termijnEinde = null, int? weken = null, DateOnly? nieuweEinde = null, string? grond = null,
        string? naar = null, string? reden = null, ExamenOnderdeel? onderdeel = null, Niveau? niveau = null, bool? geslaagd = null, double? cijfer = null,
        decimal? boete = null)
    {
        id ??= NextMelding();
        tables.Meldingen.Insert(
            id, nummer, gemeente, false,
            soort.ToString(), datum, wet?.ToString(), doelgroep?.ToString(), correctieVan, vervangenDoor, naar, reden,
            termijnAanvang, termijnEinde, weken, nieuweEinde, grond,
            onderdeel?.ToString(), niveau?.ToString(), geslaagd is null ? null : (geslaagd.Value ? ExamenResultaat.Geslaagd : ExamenResultaat.NietGeslaagd).ToString(),
            cijfer, onderdeel is null ? null : datum, boete is null ? null : (double)boete.Value);
        return id;
    }

    private static DateOnly Min(DateOnly date) => date > ExportDate ? ExportDate : date;

    private DateOnly Day(DateOnly from, DateOnly to) => DateOnly.FromDayNumber(_random.Next(from.DayNumber, to.DayNumber + 1));

    private T Pick<T>((T Value, int Weight)[] weighted)
    {
        var total = 0;
        foreach (var (_, weight) in weighted)
        {
            total += weight;
        }

        var draw = _random.Next(total);
        foreach (var (value, weight) in weighted)
        {
            if (draw < weight)
            {
                return value;
            }

            draw -= weight;
        }

        return weighted[^1].Value;
    }
}

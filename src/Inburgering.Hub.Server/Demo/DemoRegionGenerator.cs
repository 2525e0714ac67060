using System.Globalization;

namespace Inburgering.Hub.Server.Demo;

/// <summary>
/// Generates a deterministic, synthetic Westfriesland: individual journeys of statushouders (in
/// households, housed by COA) and gezinsmigranten across DUO, COA, WerkSaam and the taalaanbieders.
/// Inside the period of the published 2022–2023 report (2022-01-01 to 2023-07-01) the journeys are drawn so that
/// every per-gemeente cell of its chapter-2 tables comes out exactly (<see cref="DemoTargets"/>);
/// around it, later arrivals, WI2013 persons, a withdrawn koppeling and a few bad records make the
/// data realistic and exercise the rules (period, doelbinding, withdrawal, quarantine).
/// </summary>
internal sealed class DemoRegionGenerator(int seed = 2021)
{
    public static readonly DateOnly ExportDate = new(2024, 7, 1);

    private static readonly string[] Routes = ["Z", "B1", "ONDERWIJS"];
    private static readonly string[] WerkSoorten = ["ORIENTATIE_WERKSTAGE", "WERKSTAGE", "VRIJWILLIGERSWERK", "BETAALDE_BAAN"];
    private static readonly (string Land, int Weight)[] Landen = [("SYR", 40), ("ERI", 22), ("AFG", 13), ("TUR", 10), ("YEM", 8), ("IRN", 4), ("SOM", 3)];
    private static readonly (string Land, int Weight)[] Migratielanden = [("TUR", 20), ("MAR", 18), ("IND", 12), ("POL", 10), ("CHN", 8), ("PHL", 8), ("BRA", 8), ("USA", 8), ("THA", 8)];

    private readonly Random _random = new(seed);
    private readonly HashSet<string> _bsns = [];
    private readonly HashSet<string> _vnummers = [];
    private readonly DemoTargets _targets = DemoTargets.Westfriesland;
    private int _nummer;
    private int _gezin;

    private DateOnly Van => _targets.Van;

    private DateOnly Tot => _targets.Tot;

    public DemoRegion Generate()
    {
        var journeys = new List<DemoJourney>();
        var withdrawn = new List<DemoJourney>();
        foreach (var gemeente in _targets.Gemeenten.Keys.Order(StringComparer.Ordinal))
        {
            var statushouders = Statushouders(gemeente);
            var migranten = Gezinsmigranten(gemeente);
            var inPeriod = statushouders.Concat(migranten).ToList();
            AssignWerk(gemeente, inPeriod);
            AssignPvt(gemeente, inPeriod);
            journeys.AddRange(inPeriod);
            journeys.AddRange(LaterArrivals(gemeente));
            journeys.AddRange(Wi2013(gemeente));
            withdrawn.Add(Household(gemeente, Day(Van.AddDays(30), Tot.AddDays(-30)), adults: 1, children: 0)[0]);
        }

        AssignTaalEinde(journeys, new Random(seed + 1));
        return new DemoRegion(ExportDate, journeys, withdrawn, Aanbieder);
    }

    /// <summary>
    /// Ends some leerroutes as the providers deliver it: a last line with a final status (no einddatum
    /// column; the hub ends the deelname on that line's peildatum). About three in ten finish
    /// (AFGEROND, 14–20 months after the start, always after the report period so that its afgerond
    /// cells stay 0 as in the published report), about one in ten drops out or transfers (2–8 months after the
    /// start, never before a PVT). Draws from its own <paramref name="random"/>, so every other
    /// choice of the region, and with it every table cell, stays as it was.
    /// </summary>
    private void AssignTaalEinde(List<DemoJourney> journeys, Random random)
    {
        var lastPeildatum = ExportDate.AddDays(-1);
        foreach (var person in journeys.Where(j => j.TaalStart is not null && j.Aanbieder is not null && j.Bsn is not null).OrderBy(j => j.Nummer))
        {
            var draw = random.Next(100);
            var (status, months) = draw switch
            {
                < 30 => ("AFGEROND", random.Next(14, 21)),
                < 37 => ("UITGEVALLEN", random.Next(2, 9)),
                < 40 => ("OVERGESTAPT", random.Next(2, 9)),
                _ => (null, 0),
            };
            if (status is null)
            {
                continue;
            }

            var month = person.TaalStart!.Value.AddMonths(months);
            var einde = new DateOnly(month.Year, month.Month, 1).AddMonths(1).AddDays(-1);
            var fits = einde <= lastPeildatum
                && person.InRegionAfter(einde)
                && (status != "AFGEROND" || einde > Tot)
                && (person.Pvt is null || person.Pvt <= einde);
            if (fits)
            {
                person.TaalStatus = status;
                person.TaalEinde = einde;
            }
        }
    }

    /// <summary>Taalaanbieder per gemeente (the region bought the leerroutes from two providers).</summary>
    public static string Aanbieder(string gemeente) => gemeente is "GM0405" or "GM0420" or "GM0432" ? "FIOLET" : "NLTRAINING";

    private List<DemoJourney> Statushouders(string gemeente)
    {
        var row = _targets.Statushouders;
        var adults = row["aantalInburgeringsplichtig"][gemeente];
        var children = row["aantalGehuisvest"][gemeente] - adults;

        // Households of one or two adults, children spread over them; housed inside the period.
        var persons = new List<DemoJourney>();
        var remaining = adults;
        var households = new List<List<DemoJourney>>();
        while (remaining > 0)
        {
            var size = remaining >= 2 && _random.Next(100) < 45 ? 2 : 1;
            remaining -= size;
            households.Add(Household(gemeente, Day(new DateOnly(2022, 1, 10), new DateOnly(2023, 5, 31)), size, 0));
        }

        for (var c = 0; c < children; c++)
        {
            var household = households.OrderByDescending(h => h.Count(p => p.IsPlichtig)).ThenBy(_ => _random.Next()).Take(Math.Max(1, households.Count / 2)).ElementAt(0);
            household.Add(Child(household[0]));
        }

        persons.AddRange(households.SelectMany(h => h));
        var plichtig = persons.Where(p => p.IsPlichtig).OrderBy(p => p.Beschikbaar).ThenBy(p => p.Nummer).ToList();

        AssignPip(plichtig, _targets.Statushouders["pipVastgesteld"][gemeente], RouteBag(_targets.LeerroutesStatushouders, "gestart", gemeente), taalInPeriod: true);
        AssignEinde(plichtig, _targets.Statushouders["beeindigd"][gemeente]);

        var ontzorg = _targets.FinancieelOntzorgen["aantalTrajecten"][gemeente];
        var verlengd = _targets.FinancieelOntzorgen["verlengd"][gemeente];
        foreach (var (person, n) in plichtig.OrderBy(p => p.Gezinsrol == "HOOFDPERSOON" ? 0 : 1).ThenBy(p => p.Nummer).Take(ontzorg).Select((p, n) => (p, n)))
        {
            var start = person.Household!.Huisvesting!.Value;
            person.Ontzorg = new DemoOntzorg(start, n < verlengd ? start.AddMonths(9) : null);
        }

        foreach (var person in plichtig)
        {
            person.UitkeringStart = person.Household!.Huisvesting;
        }

        return persons;
    }

    private List<DemoJourney> Gezinsmigranten(string gemeente)
    {
        var count = _targets.Gezinsmigranten["aantalInburgeringsplichtig"][gemeente];
        var persons = new List<DemoJourney>();
        for (var i = 0; i < count; i++)
        {
            persons.Add(Migrant(gemeente, Day(new DateOnly(2022, 1, 10), new DateOnly(2023, 6, 20))));
        }

        var ordered = persons.OrderBy(p => p.Kennisgeving).ThenBy(p => p.Nummer).ToList();
        AssignPip(ordered, _targets.Gezinsmigranten["pipVastgesteld"][gemeente], RouteBag(_targets.LeerroutesGezinsmigranten, "vastgesteld", gemeente), taalInPeriod: false);
        AssignEinde(ordered, _targets.Gezinsmigranten["beeindigd"][gemeente]);
        foreach (var person in ordered.Where(_ => _random.Next(100) < 30))
        {
            person.UitkeringStart = person.Kennisgeving!.Value.AddDays(45);
        }

        return persons;
    }

    /// <summary>
    /// The first <paramref name="inPeriod"/> persons (by availability) get their PIP inside the period;
    /// routes come from <paramref name="routes"/> (the table's counts), the rest of the PIPs have no
    /// registered route. For statushouders the route's lessons start inside the period; for
    /// gezinsmigranten the route counts as vastgesteld at the PIP.
    /// </summary>
    private void AssignPip(List<DemoJourney> persons, int inPeriod, List<string> routes, bool taalInPeriod)
    {
        for (var i = 0; i < persons.Count; i++)
        {
            var person = persons[i];
            var ready = person.Beschikbaar;
            if (i < inPeriod)
            {
                var pip = Min(ready.AddDays(_random.Next(20, 66)), Tot);
                person.Pip = pip < ready ? ready : pip;
                if (taalInPeriod)
                {
                    person.Leerroute = i < routes.Count ? routes[i] : WeightedRoute();
                    person.TaalStart = i < routes.Count ? Min(person.Pip.Value.AddDays(_random.Next(7, 41)), Tot) : Tot.AddDays(_random.Next(10, 90));
                }
                else
                {
                    person.Leerroute = i < routes.Count ? routes[i] : null;
                    person.TaalStart = person.Leerroute is null ? null : Max(person.Pip.Value.AddDays(_random.Next(14, 61)), Tot.AddDays(1));
                }
            }
            else
            {
                person.Pip = Max(ready.AddDays(_random.Next(20, 66)), Tot.AddDays(_random.Next(3, 75)));
                person.Leerroute = WeightedRoute();
                person.TaalStart = person.Pip.Value.AddDays(_random.Next(14, 61));
            }

            person.Aanbieder = person.TaalStart is null ? null : Aanbieder(person.Gemeente);
        }
    }

    /// <summary>Ends <paramref name="count"/> plichten inside the period, preferring persons without a PIP in it.</summary>
    private void AssignEinde(List<DemoJourney> persons, int count)
    {
        var candidates = persons.Where(p => p.Pip > Tot).OrderBy(p => p.Nummer).Concat(persons.Where(p => p.Pip <= Tot).OrderByDescending(p => p.Nummer)).Take(count);
        foreach (var person in candidates)
        {
            var from = (person.Pip <= Tot ? person.Pip!.Value : person.Beschikbaar).AddDays(7);
            var datum = Day(Min(from, Tot), Tot);
            if (person.Pip <= Tot)
            {
                // Still in the region: ontheffing, or the PIP was ended.
                person.Einde = _random.Next(100) < 60
                    ? new DemoEinde("ONTHEFFING", datum, "Medische beperking")
                    : new DemoEinde("PIP_BEEINDIGD", datum, "ONTHEFFING_AANGEVRAAGD");
                continue;
            }

            person.Einde = _random.Next(100) switch
            {
                < 35 => new DemoEinde("VERHUISD", datum, NaarGemeente: "GM0439"),
                < 60 => new DemoEinde("PLICHT_BEEINDIGD", datum, "VERTROKKEN_UIT_NEDERLAND"),
                < 85 => new DemoEinde("ONTHEFFING", datum, "Medische beperking"),
                _ => new DemoEinde("VRIJSTELLING", datum, "Diploma Nederlandse taal"),
            };
            if (!person.InRegionAfter(Tot))
            {
                person.Pip = null;
                person.Leerroute = null;
                person.TaalStart = null;
                person.Aanbieder = null;
            }
        }
    }

    /// <summary>Werk per soort (persons, both groups) with a start inside the period.</summary>
    private void AssignWerk(string gemeente, List<DemoJourney> persons)
    {
        var pool = persons.Where(p => p.IsPlichtig && p.Beschikbaar <= Tot.AddDays(-14)).OrderBy(p => p.Nummer).ToList();
        foreach (var soort in WerkSoorten)
        {
            var count = _targets.Werk[soort][gemeente];
            var chosen = 0;
            foreach (var person in pool.OrderBy(_ => _random.Next()))
            {
                if (chosen == count)
                {
                    break;
                }

                var start = Day(Min(person.Beschikbaar.AddDays(30), Tot), Tot);
                if (!person.InRegionAfter(start) || person.Participatie.Any(w => w.Soort == soort))
                {
                    continue;
                }

                var uren = soort == "BETAALDE_BAAN" ? 24 + _random.Next(0, 17) : 8 + _random.Next(0, 13);
                person.Participatie.Add(new DemoParticipatie(soort, start, soort == "BETAALDE_BAAN" ? null : start.AddMonths(_random.Next(3, 10)), uren));
                if (soort == "BETAALDE_BAAN" && person.UitkeringStart is { } uitkering && uitkering < start)
                {
                    person.UitkeringEinde = start.AddMonths(1);
                }

                chosen++;
            }

            if (chosen < count)
            {
                throw new InvalidOperationException($"Demo: not enough persons in {gemeente} for {count} × {soort}.");
            }
        }
    }

    /// <summary>PVT completed inside the period (persons, both groups), by persons whose lessons started in it.</summary>
    private void AssignPvt(string gemeente, List<DemoJourney> persons)
    {
        var count = _targets.PvtAfgerond[gemeente];
        var pool = persons.Where(p => p.TaalStart <= Tot && p.InRegionAfter(Tot)).OrderBy(p => p.TaalStart).ThenBy(p => p.Nummer).Take(count).ToList();
        if (pool.Count < count)
        {
            throw new InvalidOperationException($"Demo: not enough language students in {gemeente} for {count} PVT.");
        }

        foreach (var person in pool)
        {
            person.Pvt = Day(Min(person.TaalStart!.Value.AddDays(30), Tot), Tot);
        }
    }

    /// <summary>Persons who arrive after the period: their whole journey lies outside it.</summary>
    private IEnumerable<DemoJourney> LaterArrivals(string gemeente)
    {
        var size = Math.Max(2, _targets.Statushouders["aantalInburgeringsplichtig"][gemeente] / 4);
        var later = new List<DemoJourney>();
        for (var h = 0; h < size; h++)
        {
            var housed = h % 7 == 6 ? (DateOnly?)null : Day(new DateOnly(2023, 7, 15), new DateOnly(2024, 6, 15));
            later.AddRange(Household(gemeente, housed, adults: 1 + _random.Next(2), children: _random.Next(3), notBefore: Tot.AddDays(1)));
        }

        for (var i = 0; i < Math.Max(1, size / 2); i++)
        {
            later.Add(Migrant(gemeente, Day(new DateOnly(2023, 7, 5), new DateOnly(2024, 6, 1))));
        }

        foreach (var person in later.Where(p => p.IsPlichtig))
        {
            if (person.Household is { Huisvesting: null })
            {
                continue;
            }

            person.Pip = person.Beschikbaar.AddDays(_random.Next(20, 80));
            person.Leerroute = WeightedRoute();
            person.TaalStart = person.Pip.Value.AddDays(_random.Next(14, 61));
            person.Aanbieder = Aanbieder(gemeente);
            person.UitkeringStart = person.Household?.Huisvesting ?? person.Kennisgeving;
            if (person.IsStatushouder)
            {
                person.Ontzorg = new DemoOntzorg(person.Household!.Huisvesting!.Value, null);
            }

            if (_random.Next(100) < 25)
            {
                person.Participatie.Add(new DemoParticipatie("TAALMAATJE", person.Pip.Value.AddDays(30), null, 2));
            }
        }

        return later;
    }

    /// <summary>Persons under the Wet inburgering 2013: housed before 2022, some activity in the period that must not count.</summary>
    private IEnumerable<DemoJourney> Wi2013(string gemeente)
    {
        if (gemeente is not ("GM0405" or "GM0420" or "GM1598"))
        {
            return [];
        }

        var household = Household(gemeente, Day(new DateOnly(2021, 3, 1), new DateOnly(2021, 11, 30)), adults: 2, children: 1);
        foreach (var person in household.Where(p => p.IsPlichtig))
        {
            person.Wet = "WI2013";
            person.Leerroute = "B1";
            person.TaalStart = new DateOnly(2022, 9, 5);
            person.Aanbieder = Aanbieder(gemeente);
            person.Participatie.Add(new DemoParticipatie("VRIJWILLIGERSWERK", new DateOnly(2022, 10, 3), null, 8));
            person.UitkeringStart = person.Household!.Huisvesting;
            person.Examens.Add(new DemoExamen("KNM", "A2", true, 7.5m, new DateOnly(2023, 3, 14)));
        }

        return household;
    }

    private List<DemoJourney> Household(string gemeente, DateOnly? huisvesting, int adults, int children, DateOnly? notBefore = null)
    {
        _gezin++;
        var koppeldatum = (huisvesting ?? ExportDate.AddDays(-_random.Next(10, 60))).AddDays(-_random.Next(28, 99));
        var household = new DemoHousehold(
            string.Create(CultureInfo.InvariantCulture, $"G-{_gezin:000000}"),
            koppeldatum,
            huisvesting,
            string.Create(CultureInfo.InvariantCulture, $"{koppeldatum.Year}-H{(koppeldatum.Month <= 6 ? 1 : 2)}"));
        var land = Pick(Landen);
        var hoofdJaar = _random.Next(1965, 2004);
        var members = new List<DemoJourney>();
        for (var a = 0; a < adults; a++)
        {
            var kennisgeving = Max(koppeldatum.AddDays(_random.Next(-20, 21)), notBefore ?? new DateOnly(2022, 1, 1));
            if (huisvesting is { } h && kennisgeving > h)
            {
                kennisgeving = h;
            }

            members.Add(new DemoJourney
            {
                Nummer = ++_nummer,
                Bsn = NewBsn(),
                VNummer = NewVNummer(),
                Gemeente = gemeente,
                Geboortejaar = a == 0 ? hoofdJaar : hoofdJaar + _random.Next(-6, 7),
                Herkomstland = land,
                Doelgroep = "ASIELSTATUSHOUDER",
                Household = household,
                Gezinsrol = a == 0 ? "HOOFDPERSOON" : "PARTNER",
                Nareiziger = a > 0 && _random.Next(100) < 30,
                Voorinburgering = Pick([("GEEN", 40), ("GESTART", 35), ("AFGEROND", 25)]),
                Kennisgeving = kennisgeving,
            });
        }

        for (var c = 0; c < children; c++)
        {
            members.Add(Child(members[0]));
        }

        return members;
    }

    private DemoJourney Child(DemoJourney parent) => new()
    {
        Nummer = ++_nummer,
        Bsn = _random.Next(100) < 60 ? NewBsn() : null,
        VNummer = NewVNummer(),
        Gemeente = parent.Gemeente,
        Geboortejaar = _random.Next(2007, 2022),
        Herkomstland = parent.Herkomstland,
        Household = parent.Household,
        Gezinsrol = "KIND",
        Nareiziger = _random.Next(100) < 20,
    };

    private DemoJourney Migrant(string gemeente, DateOnly kennisgeving) => new()
    {
        Nummer = ++_nummer,
        Bsn = NewBsn(),
        VNummer = NewVNummer(),
        Gemeente = gemeente,
        Geboortejaar = _random.Next(1975, 2004),
        Herkomstland = Pick(Migratielanden),
        Doelgroep = _random.Next(100) < 80 ? "GEZINSMIGRANT" : "OVERIGE_MIGRANT",
        Kennisgeving = kennisgeving,
    };

    private List<string> RouteBag(Dictionary<string, Dictionary<string, Dictionary<string, int>>> table, string column, string gemeente)
    {
        var bag = Routes.SelectMany(route => Enumerable.Repeat(route, table[route][column][gemeente])).ToList();
        return [.. bag.OrderBy(_ => _random.Next())];
    }

    private string WeightedRoute() => Pick([("B1", 50), ("Z", 35), ("ONDERWIJS", 15)]);

    private DateOnly Day(DateOnly from, DateOnly to) => from >= to ? from : from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private string Pick((string Value, int Weight)[] options)
    {
        var roll = _random.Next(options.Sum(o => o.Weight));
        foreach (var (value, weight) in options)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return options[^1].Value;
    }

    /// <summary>A unique synthetic 9-digit number that passes the elfproef.</summary>
    private string NewBsn()
    {
        var d = new int[9];
        while (true)
        {
            d[0] = _random.Next(1, 10);
            var sum = d[0] * 9;
            for (var i = 1; i < 8; i++)
            {
                d[i] = _random.Next(10);
                sum += d[i] * (9 - i);
            }

            d[8] = sum % 11;
            if (d[8] == 10)
            {
                continue;
            }

            var text = string.Concat(d.Select(x => (char)('0' + x)));
            if (_bsns.Add(text))
            {
                return text;
            }
        }
    }

    private string NewVNummer()
    {
        while (true)
        {
            var text = _random.NextInt64(1_000_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture);
            if (_vnummers.Add(text))
            {
                return text;
            }
        }
    }
}

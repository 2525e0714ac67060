using System.Globalization;

namespace Inburgering.Hub.Server.Demo;

/// <summary>
/// Generates a plausible, deterministic Westfriesland: households of statushouders linked by COA to
/// the seven gemeenten from 2022 on, in proportion to each gemeente's size, housed 4 to 14 weeks
/// after the koppeling (recent ones not yet housed); children often without BSN.
/// </summary>
internal sealed class DemoRegionGenerator(int seed = 2021)
{
    private static readonly (string Code, int Households)[] Gemeenten =
    [
        ("GM0405", 52), ("GM0420", 36), ("GM1598", 15), ("GM0532", 12), ("GM0388", 11), ("GM0498", 11), ("GM0432", 8),
    ];

    private static readonly (string Land, int Weight)[] Landen =
    [
        ("SYR", 40), ("ERI", 20), ("AFG", 14), ("TUR", 10), ("YEM", 8), ("IRN", 4), ("SOM", 4),
    ];

    private readonly Random _random = new(seed);
    private readonly HashSet<string> _bsns = [];
    private readonly HashSet<string> _vnummers = [];

    public DemoRegion Generate(DateOnly exportDate)
    {
        var persons = new List<DemoPerson>();
        var household = 0;
        var start = new DateOnly(2022, 1, 3);
        var days = exportDate.DayNumber - start.DayNumber - 14;
        foreach (var (code, households) in Gemeenten)
        {
            for (var h = 0; h < households; h++)
            {
                household++;
                var koppeldatum = start.AddDays(_random.Next(days));
                var housedAfter = _random.Next(28, 99);
                DateOnly? huisvesting = koppeldatum.AddDays(housedAfter) <= exportDate ? koppeldatum.AddDays(housedAfter) : null;
                var land = Pick(Landen);
                var gezinId = string.Create(CultureInfo.InvariantCulture, $"G-{household:000000}");
                var hoofdJaar = _random.Next(1965, 2003);
                var size = _random.Next(100) switch { < 45 => 1, < 65 => 2, < 85 => 3, _ => 4 + _random.Next(3) };
                for (var m = 0; m < size; m++)
                {
                    var rol = m switch { 0 => "HOOFDPERSOON", 1 when size > 1 && _random.Next(100) < 75 => "PARTNER", _ => "KIND" };
                    var jaar = rol switch
                    {
                        "HOOFDPERSOON" => hoofdJaar,
                        "PARTNER" => hoofdJaar + _random.Next(-6, 7),
                        _ => Math.Max(hoofdJaar + 18, koppeldatum.Year - 17) + _random.Next(0, 12),
                    };
                    jaar = Math.Min(jaar, koppeldatum.Year);
                    var kind = rol == "KIND";
                    persons.Add(new DemoPerson(
                        KoppelingId: string.Create(CultureInfo.InvariantCulture, $"K-{persons.Count + 1:000000}"),
                        Bsn: kind && _random.Next(100) < 40 ? null : NewBsn(),
                        VNummer: NewVNummer(),
                        GemeenteCode: code,
                        Koppeldatum: koppeldatum,
                        Huisvestingsdatum: huisvesting,
                        GezinId: gezinId,
                        Gezinsrol: rol,
                        Geboortejaar: jaar,
                        Herkomstland: land,
                        Nareiziger: m > 0 && _random.Next(100) < 25,
                        Voorinburgering: kind ? "GEEN" : Pick([("GEEN", 40), ("GESTART", 35), ("AFGEROND", 25)])));
                }
            }
        }

        return new DemoRegion(exportDate, persons, Taakstellingen(persons));
    }

    private static List<DemoTaakstelling> Taakstellingen(List<DemoPerson> persons) =>
    [
        .. persons
            .GroupBy(p => (p.GemeenteCode, p.TaakstellingPeriode))
            .OrderBy(g => g.Key.GemeenteCode, StringComparer.Ordinal)
            .ThenBy(g => g.Key.TaakstellingPeriode, StringComparer.Ordinal)
            .Select(g =>
            {
                var housed = g.Count(p => p.Huisvestingsdatum is not null);
                var target = (int)Math.Round(g.Count() * 1.1, MidpointRounding.AwayFromZero);
                return new DemoTaakstelling(g.Key.GemeenteCode, g.Key.TaakstellingPeriode, target, housed);
            }),
    ];

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

    /// <summary>A unique 9-digit number that passes the elfproef (synthetic).</summary>
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
            var text = string.Create(CultureInfo.InvariantCulture, $"{_random.NextInt64(1_000_000_000, 9_999_999_999)}");
            if (_vnummers.Add(text))
            {
                return text;
            }
        }
    }
}

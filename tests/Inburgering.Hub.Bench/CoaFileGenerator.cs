using System.Globalization;
using System.Text;

namespace Inburgering.Hub.Bench;

/// <summary>
/// Deterministic COA-like koppelingen: households of 1–5 persons, unique elfproef-valid BSNs (about
/// 15 % of the rows are children without a BSN yet), unique ten-digit V-nummers, the seven
/// Westfriese gemeenten. The same seed and count always give the same rows.
/// </summary>
internal static class CoaFileGenerator
{
    public const string Header =
        "koppeling_id;bsn;v_nummer;gemeente_code;koppeldatum;huisvestingsdatum;taakstelling_periode;gezin_id;gezinsrol;geboortejaar;herkomstland;nareiziger;voorinburgering;status";

    public static readonly string[] Gemeenten = ["GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"];

    private static readonly string[] Landen = ["SYR", "ERI", "AFG", "TUR", "YEM", "IRN", "IRQ", "SOM", "UKR"];
    private static readonly string[] Voorinburgeringen = ["GEEN", "GESTART", "AFGEROND"];
    private static readonly DateOnly FirstKoppeldatum = new(2021, 1, 4);

    public static Encoding Windows1252 { get; } = CreateWindows1252();

    /// <summary>The rows, streamed.</summary>
    public static IEnumerable<GeneratedRow> Rows(int count, int seed = 20250101)
    {
        var random = new Random(seed);
        var bsnPrefix = 20_000_000; // weighted digit sum ≥ 18, so never the all-zero elfproef sum
        var row = 0;
        var household = 0;
        while (row < count)
        {
            household++;
            var size = Math.Min(count - row, 1 + random.Next(5));
            var gemeente = Gemeenten[random.Next(Gemeenten.Length)];
            var land = Landen[random.Next(Landen.Length)];
            var koppeldatum = FirstKoppeldatum.AddDays(random.Next(5 * 365));
            DateOnly? huisvesting = random.Next(10) < 7 ? koppeldatum.AddDays(14 + random.Next(100)) : null;
            var status = huisvesting is null ? (random.Next(20) == 0 ? "ONTKOPPELD" : "GEKOPPELD") : "GEHUISVEST";
            var periode = $"{koppeldatum.Year.ToString(CultureInfo.InvariantCulture)}-H{(koppeldatum.Month <= 6 ? 1 : 2).ToString(CultureInfo.InvariantCulture)}";
            var gezinId = "G-" + household.ToString(CultureInfo.InvariantCulture);
            var hoofdJaar = 1960 + random.Next(45);
            for (var member = 0; member < size; member++, row++)
            {
                var role = member switch
                {
                    0 => "HOOFDPERSOON",
                    1 when size > 2 || random.Next(2) == 0 => "PARTNER",
                    _ => random.Next(25) == 0 ? "OVERIG" : "KIND",
                };
                var child = role == "KIND";
                string? bsn = null;
                if (!child || random.Next(14) >= 5)
                {
                    bsn = NextBsn(ref bsnPrefix);
                }

                yield return new GeneratedRow(
                    "K-" + (row + 1).ToString(CultureInfo.InvariantCulture),
                    bsn,
                    (2_000_000_000L + row).ToString(CultureInfo.InvariantCulture),
                    gemeente,
                    koppeldatum,
                    huisvesting,
                    periode,
                    gezinId,
                    role,
                    child ? 2005 + random.Next(20) : hoofdJaar + random.Next(-5, 6),
                    land,
                    member > 0 && random.Next(4) == 0,
                    child ? "GEEN" : Voorinburgeringen[random.Next(Voorinburgeringen.Length)],
                    status);
            }
        }
    }

    /// <summary>Writes <paramref name="count"/> rows to <paramref name="path"/> (Windows-1252, streaming).</summary>
    public static void Write(string path, int count)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path, append: false, Windows1252, 1 << 16) { NewLine = "\r\n" };
        writer.WriteLine(Header);
        var line = new StringBuilder(160);
        foreach (var r in Rows(count))
        {
            line.Clear()
                .Append(r.KoppelingId).Append(';')
                .Append(r.Bsn).Append(';')
                .Append(r.VNummer).Append(';')
                .Append(r.GemeenteCode).Append(';')
                .Append(r.Koppeldatum.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)).Append(';')
                .Append(r.Huisvestingsdatum?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)).Append(';')
                .Append(r.TaakstellingPeriode).Append(';')
                .Append(r.GezinId).Append(';')
                .Append(r.Gezinsrol).Append(';')
                .Append(r.Geboortejaar.ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append(r.Herkomstland).Append(';')
                .Append(r.Nareiziger ? 'J' : 'N').Append(';')
                .Append(r.Voorinburgering).Append(';')
                .Append(r.Status);
            writer.WriteLine(line);
        }
    }

    /// <summary>The next unused eight-digit prefix that has an elfproef check digit, plus that digit.</summary>
    private static string NextBsn(ref int prefix)
    {
        while (true)
        {
            var p = prefix++;
            var sum = 0;
            for (int i = 7, weight = 2; i >= 0; i--, weight++)
            {
                sum += (p % 10) * weight;
                p /= 10;
            }

            var check = sum % 11;
            if (check < 10)
            {
                return ((prefix - 1) * 10L + check).ToString("D9", CultureInfo.InvariantCulture);
            }
        }
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}

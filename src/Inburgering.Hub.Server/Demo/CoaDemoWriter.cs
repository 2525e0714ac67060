using System.Globalization;
using System.Text;

namespace Inburgering.Hub.Server.Demo;

/// <summary>
/// Writes COA's TVS exports (Windows-1252, <c>;</c>, dd-MM-yyyy, CRLF): an earlier export that still
/// holds the koppelingen COA withdrew since, the latest full export (with one row whose BSN fails the
/// elfproef, to show quarantine) and the taakstelling per gemeente and half year.
/// </summary>
internal static class CoaDemoWriter
{
    private static readonly DateOnly EarlierExport = new(2024, 1, 5);

    public static IReadOnlyList<string> Write(DemoRegion region, string inbox)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(1252);
        Directory.CreateDirectory(inbox);
        var gekoppeld = region.Journeys.Where(j => j.Household is not null).ToList();

        var earlier = gekoppeld.Where(j => j.Household!.Koppeldatum <= EarlierExport).Concat(region.Withdrawn).OrderBy(j => j.Nummer);
        var latest = gekoppeld.OrderBy(j => j.Nummer).Select(Line).Append(BadBsnLine(gekoppeld[0]));
        var files = new List<(string Path, string Text)>
        {
            (FileName(inbox, "koppelingen", EarlierExport), Csv(KoppelingHeader, earlier.Select(Line))),
            (FileName(inbox, "koppelingen", region.ExportDate), Csv(KoppelingHeader, latest)),
            (FileName(inbox, "taakstelling", region.ExportDate), Csv("gemeente_code;periode;taakstelling;gerealiseerd", Taakstelling(gekoppeld))),
        };
        foreach (var (path, text) in files)
        {
            File.WriteAllBytes(path, encoding.GetBytes(text));
        }

        return [.. files.Select(f => f.Path)];
    }

    private const string KoppelingHeader =
        "koppeling_id;bsn;v_nummer;gemeente_code;koppeldatum;huisvestingsdatum;taakstelling_periode;gezin_id;gezinsrol;geboortejaar;herkomstland;nareiziger;voorinburgering;status";

    private static string Line(DemoJourney j)
    {
        var h = j.Household!;
        return string.Join(
            ';',
            Id(j),
            j.Bsn,
            j.VNummer,
            j.Gemeente,
            Date(h.Koppeldatum),
            Date(h.Huisvesting),
            h.Periode,
            h.GezinId,
            j.Gezinsrol,
            j.Geboortejaar.ToString(CultureInfo.InvariantCulture),
            j.Herkomstland,
            j.Nareiziger ? "J" : "N",
            j.Voorinburgering,
            h.Huisvesting is null ? "GEKOPPELD" : "GEHUISVEST");
    }

    /// <summary>The koppeling id of the line with a BSN typo.</summary>
    public const string BadRecordId = "K-999999";

    /// <summary>A typo in a BSN: quarantined as INVALID_BSN, everything else still loads.</summary>
    private static string BadBsnLine(DemoJourney template)
    {
        var bsn = template.Bsn!;
        var typo = bsn[..8] + (char)('0' + ((bsn[8] - '0' + 1) % 10));
        return Line(template).Replace(Id(template), BadRecordId, StringComparison.Ordinal).Replace(bsn, typo, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Taakstelling(List<DemoJourney> gekoppeld) =>
        gekoppeld
            .GroupBy(j => (j.Gemeente, j.Household!.Periode))
            .OrderBy(g => g.Key.Gemeente, StringComparer.Ordinal).ThenBy(g => g.Key.Periode, StringComparer.Ordinal)
            .Select(g => string.Create(
                CultureInfo.InvariantCulture,
                $"{g.Key.Gemeente};{g.Key.Periode};{(int)Math.Round(g.Count() * 1.15)};{g.Count(j => j.Household!.Huisvesting is not null)}"));

    public static string Id(DemoJourney j) => string.Create(CultureInfo.InvariantCulture, $"K-{j.Nummer:000000}");

    private static string FileName(string inbox, string kind, DateOnly date) =>
        Path.Combine(inbox, $"coa-{kind}-{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.csv");

    private static string Csv(string header, IEnumerable<string> lines) => string.Concat(lines.Prepend(header).Select(l => l + "\r\n"));

    private static string Date(DateOnly? date) => date?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "";
}

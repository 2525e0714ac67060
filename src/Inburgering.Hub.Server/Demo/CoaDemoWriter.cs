using System.Globalization;
using System.Text;

namespace Inburgering.Hub.Server.Demo;

/// <summary>Writes the demo region as COA's TVS export: Windows-1252, <c>;</c>, dd-MM-yyyy, CRLF.</summary>
internal static class CoaDemoWriter
{
    public static IReadOnlyList<string> Write(DemoRegion region, string inbox)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(1252);
        Directory.CreateDirectory(inbox);
        var stamp = region.ExportDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

        var koppelingen = new StringBuilder();
        koppelingen.Append("koppeling_id;bsn;v_nummer;gemeente_code;koppeldatum;huisvestingsdatum;taakstelling_periode;gezin_id;gezinsrol;geboortejaar;herkomstland;nareiziger;voorinburgering;status\r\n");
        foreach (var p in region.Persons)
        {
            koppelingen.Append(CultureInfo.InvariantCulture, $"{p.KoppelingId};{p.Bsn};{p.VNummer};{p.GemeenteCode};{Date(p.Koppeldatum)};{Date(p.Huisvestingsdatum)};{p.TaakstellingPeriode};{p.GezinId};{p.Gezinsrol};{p.Geboortejaar};{p.Herkomstland};{(p.Nareiziger ? "J" : "N")};{p.Voorinburgering};{p.Status}\r\n");
        }

        var taakstelling = new StringBuilder("gemeente_code;periode;taakstelling;gerealiseerd\r\n");
        foreach (var t in region.Taakstellingen)
        {
            taakstelling.Append(CultureInfo.InvariantCulture, $"{t.GemeenteCode};{t.Periode};{t.Taakstelling};{t.Gerealiseerd}\r\n");
        }

        var files = new[]
        {
            (Path.Combine(inbox, $"coa-koppelingen-{stamp}.csv"), koppelingen.ToString()),
            (Path.Combine(inbox, $"coa-taakstelling-{stamp}.csv"), taakstelling.ToString()),
        };
        foreach (var (path, text) in files)
        {
            File.WriteAllBytes(path, encoding.GetBytes(text));
        }

        return [.. files.Select(f => f.Item1)];
    }

    private static string Date(DateOnly? date) => date?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "";
}

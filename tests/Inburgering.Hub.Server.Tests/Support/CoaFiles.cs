using System.Globalization;
using System.Text;
using Inburgering.Hub.Domain.Values;

namespace Inburgering.Hub.Server.Tests.Support;

/// <summary>Writes COA TVS export files as the contract describes: Windows-1252, <c>;</c>, dd-MM-yyyy, CRLF.</summary>
internal static class CoaFiles
{
    public const string KoppelingenHeader =
        "koppeling_id;bsn;v_nummer;gemeente_code;koppeldatum;huisvestingsdatum;taakstelling_periode;gezin_id;gezinsrol;geboortejaar;herkomstland;nareiziger;voorinburgering;status";

    private static readonly Encoding Windows1252 = CreateEncoding();

    /// <summary>One koppeling line (without line break).</summary>
    public static string Koppeling(
        string id,
        string? bsn,
        string vNummer,
        string gemeente,
        int geboortejaar = 1990,
        string herkomstland = "SYR",
        string gezinsrol = "HOOFDPERSOON",
        string? gezinId = null,
        bool gehuisvest = true) =>
        string.Join(
            ';',
            id,
            bsn,
            vNummer,
            gemeente,
            "15-01-2024",
            gehuisvest ? "01-03-2024" : "",
            "2024-H1",
            gezinId ?? "G-" + id,
            gezinsrol,
            geboortejaar.ToString(CultureInfo.InvariantCulture),
            herkomstland,
            "N",
            "GEEN",
            gehuisvest ? "GEHUISVEST" : "GEKOPPELD");

    public static void WriteKoppelingen(string inbox, string exportDate, IEnumerable<string> lines) =>
        Write(Path.Combine(inbox, $"coa-koppelingen-{exportDate}.csv"), [KoppelingenHeader, .. lines]);

    public static void Write(string path, IEnumerable<string> lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Windows1252.GetBytes(string.Concat(lines.Select(l => l + "\r\n"))));
    }

    /// <summary>Copies the COA contract example file <paramref name="name"/> into <paramref name="inbox"/>.</summary>
    public static void CopyExample(string name, string inbox)
    {
        Directory.CreateDirectory(inbox);
        File.Copy(Path.Combine(RepoPaths.CoaExamples, name), Path.Combine(inbox, name), overwrite: true);
    }

    /// <summary>Distinct, deterministic nine-digit numbers that pass the elfproef.</summary>
    public static IReadOnlyList<string> Bsns(int count)
    {
        var list = new List<string>(count);
        for (var n = 100_000_001L; list.Count < count; n += 7)
        {
            var text = n.ToString(CultureInfo.InvariantCulture);
            if (Bsn.IsValid(text))
            {
                list.Add(text);
            }
        }

        return list;
    }

    /// <summary>A deterministic ten-digit V-nummer.</summary>
    public static string VNummer(int n) => (2_000_000_000L + n).ToString(CultureInfo.InvariantCulture);

    private static Encoding CreateEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}

using System.Text;

namespace Inburgering.Hub.Connectors.Sample.Tests;

/// <summary>Writes the sample connector's JSON Lines test files.</summary>
internal static class Jsonl
{
    // BSNs that pass the elfproef (from the COA contract examples).
    public const string BsnA = "174681458";
    public const string BsnB = "916146108";
    public const string BsnC = "926224396";
    public const string BsnD = "679160115";
    public const string BsnE = "974821238";

    /// <summary>A participatie item as one JSON line; <paramref name="einddatum"/> null writes JSON null.</summary>
    public static string Item(
        string id, string bsn, string gemeente = "GM0405", string soort = "VRIJWILLIGERSWERK",
        string startdatum = "2024-01-08", string? einddatum = null, string uren = "8") =>
        $$"""{"id":"{{id}}","bsn":"{{bsn}}","gemeenteCode":"{{gemeente}}","soort":"{{soort}}","startdatum":"{{startdatum}}","einddatum":{{(einddatum is null ? "null" : $"\"{einddatum}\"")}},"urenPerWeek":{{uren}}}""";

    /// <summary>A tombstone line.</summary>
    public static string Deleted(string id) => $$"""{"id":"{{id}}","verwijderd":true}""";

    /// <summary>Writes <paramref name="lines"/> as a UTF-8 file (LF) and returns its path.</summary>
    public static string Write(string folder, string fileName, params string[] lines)
    {
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}

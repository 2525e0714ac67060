using System.Globalization;
using System.Text.RegularExpressions;

namespace Inburgering.Hub.Connectors.Duo;

/// <summary>A DUO batch file in the inbox: <c>duo-meldingen-YYYYMMDD-NNN.xml</c>.</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="Name">File name; ordinal name order is delivery order.</param>
internal sealed partial record DuoMeldingenFile(string Path, string Name)
{
    /// <summary>The batch files in <paramref name="folder"/>, in ordinal name order.</summary>
    public static IReadOnlyList<DuoMeldingenFile> List(string folder) =>
        [.. Directory.EnumerateFiles(folder)
            .Select(path => (Path: path, Name: System.IO.Path.GetFileName(path)))
            .Where(f => IsBatchFileName(f.Name))
            .Select(f => new DuoMeldingenFile(f.Path, f.Name))
            .OrderBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="name"/> is <c>duo-meldingen-YYYYMMDD-NNN.xml</c> with a real date.</summary>
    public static bool IsBatchFileName(string? name)
    {
        if (name is null)
        {
            return false;
        }

        var match = FileName().Match(name);
        return match.Success
            && DateOnly.TryParseExact(match.Groups["date"].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    [GeneratedRegex(@"^duo-meldingen-(?<date>[0-9]{8})-[0-9]{3}\.xml$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}

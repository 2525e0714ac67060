using System.Text.RegularExpressions;

namespace Inburgering.Hub.Connectors.Coa;

/// <summary>A TVS export file in the inbox: <c>&lt;prefix&gt;-YYYYMMDD.csv</c>.</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="Name">File name.</param>
/// <param name="ExportDate">The export date from the name, <c>yyyyMMdd</c>.</param>
internal sealed partial record CoaExportFile(string Path, string Name, string ExportDate)
{
    /// <summary>The export files of one stream in <paramref name="folder"/>, oldest first (then by name).</summary>
    public static IReadOnlyList<CoaExportFile> List(string folder, string filePrefix) =>
        [.. Directory.EnumerateFiles(folder)
            .Select(path => TryCreate(path, filePrefix))
            .OfType<CoaExportFile>()
            .OrderBy(f => f.ExportDate, StringComparer.Ordinal)
            .ThenBy(f => f.Name, StringComparer.Ordinal)];

    private static CoaExportFile? TryCreate(string path, string filePrefix)
    {
        var name = System.IO.Path.GetFileName(path);
        var match = ExportFileName().Match(name);
        if (!match.Success
            || !string.Equals(match.Groups["prefix"].Value, filePrefix, StringComparison.OrdinalIgnoreCase)
            || !CoaState.IsExportDate(match.Groups["date"].Value))
        {
            return null;
        }

        return new CoaExportFile(path, name, match.Groups["date"].Value);
    }

    [GeneratedRegex(@"^(?<prefix>.+)-(?<date>[0-9]{8})\.csv$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExportFileName();
}

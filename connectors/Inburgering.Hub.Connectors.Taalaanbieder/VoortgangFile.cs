namespace Inburgering.Hub.Connectors.Taalaanbieder;

/// <summary>A voortgang file of one aanbieder in the inbox.</summary>
/// <param name="Path">Full path.</param>
/// <param name="Name">File name.</param>
/// <param name="DocumentName">Name in lineage and locations: <c>&lt;folder&gt;/&lt;file&gt;</c>.</param>
internal sealed record VoortgangFile(string Path, string Name, string DocumentName)
{
    /// <summary>The <c>*.csv</c> files directly in the aanbieder's folder, in name order (none when the folder is missing).</summary>
    public static IReadOnlyList<VoortgangFile> List(string inboxPath, AanbiederMapping aanbieder)
    {
        var folder = FolderOf(inboxPath, aanbieder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "*.csv", SearchOption.TopDirectoryOnly)
            .Select(path => System.IO.Path.GetFileName(path))
            .Order(StringComparer.Ordinal)
            .Select(name => new VoortgangFile(System.IO.Path.Combine(folder, name), name, $"{aanbieder.Folder}/{name}"))];
    }

    public static string FolderOf(string inboxPath, AanbiederMapping aanbieder) => System.IO.Path.Combine(inboxPath, aanbieder.Folder);

    public static string ProcessedFolderOf(string inboxPath, AanbiederMapping aanbieder) =>
        System.IO.Path.Combine(FolderOf(inboxPath, aanbieder), "processed");
}

using System.Text.RegularExpressions;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Docs;

/// <summary>
/// Every relative link in the repository's Markdown (README, docs, contracts, connector guide) points
/// at a file or folder inside the repository, so a clone alone is enough to read them.
/// </summary>
public sealed partial class DocumentationLinkTests
{
    private static readonly string[] Skipped = ["bin", "obj", "node_modules", ".git"];

    public static TheoryData<string> MarkdownFiles() => new(
        Directory.EnumerateFiles(RepoPaths.Root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(RepoPaths.Root, f).Split(Path.DirectorySeparatorChar).Any(Skipped.Contains))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Every_relative_link_resolves_inside_the_repository(string file)
    {
        var path = Path.Combine(RepoPaths.Root, file);
        var broken = new List<string>();
        foreach (Match link in Link().Matches(File.ReadAllText(path)))
        {
            var target = link.Groups[1].Value;
            if (target.StartsWith('#') || target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Uri.UnescapeDataString(target.Split('#')[0])));
            var inside = resolved.StartsWith(RepoPaths.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || resolved == RepoPaths.Root;
            if (!inside || !(File.Exists(resolved) || Directory.Exists(resolved)))
            {
                broken.Add(target);
            }
        }

        Assert.True(broken.Count == 0, $"{file}: links that do not resolve inside the repository: {string.Join(", ", broken)}");
    }

    /// <summary>The target of an inline Markdown link or image, <c>[text](target)</c>, without a title.</summary>
    [GeneratedRegex(@"\]\(\s*<?([^)\s>]+)>?(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex Link();
}

using System.Text.RegularExpressions;
using Inburgering.Hub.Domain.Values;

namespace Inburgering.Hub.Server.Tests.Privacy;

/// <summary>
/// Finds BSNs in text: every run of exactly nine digits (not part of a longer digit run) that passes
/// the elfproef (<see cref="Bsn.IsValid"/>). A value that is a whole hex digest (HMAC pseudonym,
/// SHA-256) is skipped: its digit runs are random, and one in eleven would pass.
/// </summary>
public static partial class BsnFinder
{
    private const int Context = 24;

    /// <summary>The excerpts (masked) around every BSN in <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (HexDigest().IsMatch(text))
        {
            return [];
        }

        var found = new List<string>();
        foreach (Match run in NineDigits().Matches(text))
        {
            if (Bsn.IsValid(run.Value))
            {
                var start = Math.Max(0, run.Index - Context);
                var end = Math.Min(text.Length, run.Index + run.Length + Context);
                found.Add(Bsn.Mask(text[start..end]).ReplaceLineEndings(" "));
            }
        }

        return found;
    }

    [GeneratedRegex("(?<![0-9])[0-9]{9}(?![0-9])")]
    private static partial Regex NineDigits();

    [GeneratedRegex("^[0-9a-fA-F]{32,}$")]
    private static partial Regex HexDigest();
}

using System.Text.RegularExpressions;

namespace Inburgering.Hub.Connectors.Abstractions.Text;

/// <summary>
/// Keeps person numbers out of messages and logs: every run of exactly nine digits (a BSN, or what
/// may be one, e.g. in a shifted column) and of exactly ten digits (a V-nummer) is replaced by as many
/// <c>*</c>. Longer and shorter digit runs (dates <c>20240105</c>, amounts, line numbers) stay. Use it
/// on every field value a <see cref="SourceRejection"/>, <see cref="DocumentUnreadable"/>,
/// <see cref="SourceNotice"/> or log line quotes. (The engine masks the raw text it stores itself.)
/// </summary>
public static partial class IdentifierMask
{
    /// <summary>
    /// <paramref name="value"/> with every nine- and ten-digit run masked (<c>"bsn 123456782"</c> →
    /// <c>"bsn *********"</c>); null stays null.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    public static string? Mask(string? value) =>
        value is null ? null : PersonNumber().Replace(value, m => new string('*', m.Length));

    /// <summary>Whether <paramref name="value"/> holds a nine- or ten-digit run that <see cref="Mask"/> would hide.</summary>
    public static bool HoldsPersonNumber(string? value) => value is not null && PersonNumber().IsMatch(value);

    [GeneratedRegex("(?<![0-9])(?:[0-9]{9}|[0-9]{10})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex PersonNumber();
}

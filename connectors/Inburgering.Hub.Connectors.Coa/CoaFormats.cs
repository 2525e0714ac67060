using System.Globalization;
using System.Text.RegularExpressions;

namespace Inburgering.Hub.Connectors.Coa;

/// <summary>The value formats of the TVS export.</summary>
internal static partial class CoaFormats
{
    public const string DateFormat = "dd-MM-yyyy";

    /// <summary>Parses a <c>dd-MM-yyyy</c> date (exact, invariant culture).</summary>
    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Parses a four-digit year.</summary>
    public static bool TryParseYear(string text, out int year)
    {
        year = 0;
        return text.Length == 4 && text.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }

    /// <summary>Parses a whole number of zero or more (digits only).</summary>
    public static bool TryParseCount(string text, out int count) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count);

    /// <summary>Whether <paramref name="text"/> is a half-year period <c>YYYY-H1</c> or <c>YYYY-H2</c>.</summary>
    public static bool IsPeriode(string text) => Periode().IsMatch(text);

    /// <summary>
    /// A field value for a message, with any nine-digit run masked: a value that may be a BSN (for
    /// example in a shifted column) never ends up in a message.
    /// </summary>
    public static string ForMessage(string value) => NineDigits().Replace(value, "*********");

    [GeneratedRegex("^[0-9]{4}-H[12]$", RegexOptions.CultureInvariant)]
    private static partial Regex Periode();

    [GeneratedRegex("(?<![0-9])[0-9]{9}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NineDigits();
}

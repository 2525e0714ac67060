using System.Globalization;
using System.Text.RegularExpressions;

namespace Inburgering.Hub.Connectors.Coa;

/// <summary>The value formats of the TVS export.</summary>
internal static partial class CoaFormats
{
    public const string DateFormat = "dd-MM-yyyy";

    /// <summary>Parses a four-digit year.</summary>
    public static bool TryParseYear(string text, out int year)
    {
        year = 0;
        return text.Length == 4 && text.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }

    /// <summary>Whether <paramref name="text"/> is a half-year period <c>YYYY-H1</c> or <c>YYYY-H2</c>.</summary>
    public static bool IsPeriode(string text) => Periode().IsMatch(text);

    [GeneratedRegex("^[0-9]{4}-H[12]$", RegexOptions.CultureInvariant)]
    private static partial Regex Periode();
}

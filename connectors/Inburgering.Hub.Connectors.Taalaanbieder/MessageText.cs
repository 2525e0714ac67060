using System.Text.RegularExpressions;

namespace Inburgering.Hub.Connectors.Taalaanbieder;

/// <summary>Text for messages: a value that may be a BSN (any run of nine digits) never ends up in one.</summary>
internal static partial class MessageText
{
    public static string Mask(string value) => NineDigits().Replace(value, "*********");

    [GeneratedRegex("(?<![0-9])[0-9]{9}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NineDigits();
}

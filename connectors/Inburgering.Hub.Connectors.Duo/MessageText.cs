using System.Text.RegularExpressions;

namespace Inburgering.Hub.Connectors.Duo;

/// <summary>Keeps BSNs out of messages: every run of nine digits is masked.</summary>
internal static partial class MessageText
{
    public static string Mask(string value) => NineDigits().Replace(value, "*********");

    [GeneratedRegex("(?<![0-9])[0-9]{9}(?![0-9])")]
    private static partial Regex NineDigits();
}

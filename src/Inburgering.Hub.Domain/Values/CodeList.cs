using System.Collections.Frozen;
using System.Text;

namespace Inburgering.Hub.Domain.Values;

/// <summary>
/// Translates between the partners' CONSTANT_CASE codes (<c>OVERIGE_MIGRANT</c>) and the
/// canonical enums (<see cref="Doelgroep.OverigeMigrant"/>). Unknown codes are not guessed.
/// </summary>
public static class CodeList<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByCode =
        Enum.GetValues<TEnum>().ToFrozenDictionary(ToCode, v => v, StringComparer.Ordinal);

    /// <summary>Every code of the list, in declaration order.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Enum.GetValues<TEnum>().Select(ToCode)];

    /// <summary>Parses an exact CONSTANT_CASE code.</summary>
    public static bool TryParse(string? code, out TEnum value)
    {
        if (code is not null && ByCode.TryGetValue(code, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Parses a code that was already validated; throws for an unknown code.</summary>
    public static TEnum Parse(string code) =>
        TryParse(code, out var value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(code), code, $"Not a {typeof(TEnum).Name} code.");

    /// <summary>The CONSTANT_CASE code of an enum value.</summary>
    public static string ToCode(TEnum value)
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && char.IsLower(name[i - 1]))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }
}

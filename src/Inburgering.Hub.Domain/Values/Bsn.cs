namespace Inburgering.Hub.Domain.Values;

/// <summary>
/// Burgerservicenummer rules. A BSN never leaves the ingestion step: it is validated here and
/// pseudonymised by <see cref="IPseudonymizer"/>; no entity has a BSN property.
/// </summary>
public static class Bsn
{
    private static readonly int[] Weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];

    /// <summary>True when <paramref name="value"/> is 9 digits that pass the elfproef.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length != 9)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var c = value[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            sum += (c - '0') * Weights[i];
        }

        return sum != 0 && sum % 11 == 0;
    }

    /// <summary>
    /// Replaces every standalone run of exactly 9 digits with <c>*********</c>, valid or not: a
    /// mistyped BSN is still close to a real person's number.
    /// </summary>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        var runStart = -1;
        for (var i = 0; i <= chars.Length; i++)
        {
            var isDigit = i < chars.Length && char.IsAsciiDigit(chars[i]);
            if (isDigit && runStart < 0)
            {
                runStart = i;
            }
            else if (!isDigit && runStart >= 0)
            {
                if (i - runStart == 9)
                {
                    chars.AsSpan(runStart, 9).Fill('*');
                }

                runStart = -1;
            }
        }

        return new string(chars);
    }
}

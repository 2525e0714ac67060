namespace Inburgering.Hub.Domain.Values;

/// <summary>
/// Finding and masking the person numbers the hub must not keep: BSNs (9 digits, <see cref="Bsn"/>) and
/// V-nummers (10 digits, <see cref="VNummer"/>). "Standalone" means not part of a longer digit run.
/// </summary>
public static class PersonNumbers
{
    /// <summary>
    /// Replaces every standalone run of exactly 9 digits (a BSN, valid or not: a mistyped BSN is still
    /// close to a real person's number) and of exactly 10 digits (a V-nummer) with as many <c>*</c>.
    /// Used for everything kept as text for people to read: raw archive, <c>ruwRecord</c>, quarantine
    /// content and messages, run errors, file names.
    /// </summary>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Replace(text, run => run.Length is 9 or 10, run => new string('*', run.Length));
    }

    /// <summary>
    /// Replaces every standalone elfproef-valid 9-digit run with <paramref name="replacement"/> of it;
    /// the text itself when there is none (no allocation).
    /// </summary>
    public static string ReplaceValidBsns(string text, Func<string, string> replacement)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(replacement);

        // Most texts hold no 9-digit run at all: answer those without creating the delegates below.
        return HasStandaloneRun(text, 9) ? Replace(text, run => Bsn.IsValid(run), run => replacement(new string(run))) : text;
    }

    /// <summary>Whether <paramref name="text"/> has a standalone digit run of exactly <paramref name="length"/>.</summary>
    private static bool HasStandaloneRun(string text, int length)
    {
        var run = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                run++;
            }
            else if (run == length)
            {
                return true;
            }
            else
            {
                run = 0;
            }
        }

        return run == length;
    }

    private delegate bool RunTest(ReadOnlySpan<char> run);

    private delegate string RunReplacement(ReadOnlySpan<char> run);

    private static string Replace(string text, RunTest matches, RunReplacement replacement)
    {
        System.Text.StringBuilder? result = null;
        var copied = 0;
        var runStart = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isDigit = i < text.Length && char.IsAsciiDigit(text[i]);
            if (isDigit && runStart < 0)
            {
                runStart = i;
            }
            else if (!isDigit && runStart >= 0)
            {
                var run = text.AsSpan(runStart, i - runStart);
                if (run.Length is 9 or 10 && matches(run))
                {
                    result ??= new System.Text.StringBuilder(text.Length);
                    result.Append(text, copied, runStart - copied).Append(replacement(run));
                    copied = i;
                }

                runStart = -1;
            }
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }
}

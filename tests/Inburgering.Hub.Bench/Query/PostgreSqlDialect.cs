using System.Text;
using System.Text.RegularExpressions;

namespace Inburgering.Hub.Bench.Query;

/// <summary>
/// Turns the bench's SQLite-dialect SQL (HandWrittenReport.sql, the generated data set's operational
/// rows) into PostgreSQL, so one text serves both providers:
/// <list type="bullet">
/// <item>identifiers with upper and lower case letters (the hub's column names, <c>GemeenteCode</c>) are
/// double-quoted; all-caps words are keywords and lower-case ones table names, aliases or functions;
/// string literals and quoted identifiers are left alone;</item>
/// <item><c>$name</c> parameters become <c>@name</c>; <c>IN g</c> (a CTE as a list) becomes <c>IN (SELECT code FROM g)</c>;</item>
/// <item><c>IIF(c, a, b)</c> becomes <c>CASE WHEN c THEN a ELSE b END</c>, the scalar <c>MAX(a, b)</c> <c>GREATEST(a, b)</c>,
/// <c>date(x, '+N days')</c> <c>(x + N)</c>, and <c>x.IsDeleted = 0</c> <c>NOT x.IsDeleted</c> (a boolean).</item>
/// </list>
/// </summary>
internal static partial class PostgreSqlDialect
{
    public static string Translate(string sql)
    {
        var text = QuoteIdentifiers(sql);
        text = DeletedFlag().Replace(text, m => $"NOT {m.Groups[1].Value}\"IsDeleted\"");
        text = Parameter().Replace(text, "@$1");
        text = InCte().Replace(text, "IN (SELECT code FROM $1)");
        text = RewriteCalls(text, "IIF", args => args.Count == 3 ? $"CASE WHEN {args[0]} THEN {args[1]} ELSE {args[2]} END" : null);
        text = RewriteCalls(text, "MAX", args => args.Count == 2 ? $"GREATEST({args[0]}, {args[1]})" : null);
        text = RewriteCalls(text, "date", args => args.Count == 2 && DaysModifier().Match(args[1].Trim()) is { Success: true } m
            ? $"({args[0]} + {m.Groups[1].Value})"
            : null);
        return text;
    }

    /// <summary>Double-quotes every word outside literals that has both upper- and lower-case letters.</summary>
    public static string QuoteIdentifiers(string sql)
    {
        var result = new StringBuilder(sql.Length + 256);
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (c is '\'' or '"')
            {
                var end = sql.IndexOf(c, i + 1);
                end = end < 0 ? sql.Length - 1 : end;
                result.Append(sql, i, end - i + 1);
                i = end + 1;
            }
            else if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                var end = sql.IndexOf('\n', i);
                end = end < 0 ? sql.Length : end;
                result.Append(sql, i, end - i);
                i = end;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] == '_'))
                {
                    i++;
                }

                var word = sql[start..i];
                var parameter = start > 0 && sql[start - 1] is '$' or '@';
                var mixed = word.Any(char.IsUpper) && word.Any(char.IsLower);
                result.Append(mixed && !parameter ? $"\"{word}\"" : word);
            }
            else
            {
                result.Append(c);
                i++;
            }
        }

        return result.ToString();
    }

    /// <summary>Replaces each call <c>name(args)</c> (outside literals) for which <paramref name="rewrite"/> gives text.</summary>
    private static string RewriteCalls(string sql, string name, Func<IReadOnlyList<string>, string?> rewrite)
    {
        var pattern = new Regex(@"\b" + name + @"\(", RegexOptions.CultureInvariant);
        var from = 0;
        while (pattern.Match(sql, from) is { Success: true } match)
        {
            var open = match.Index + match.Length - 1;
            var (args, close) = Arguments(sql, open);
            var inner = args.Select(a => RewriteCalls(a, name, rewrite)).ToList();
            var replacement = rewrite(inner);
            if (replacement is null)
            {
                replacement = sql[match.Index..(open + 1)] + string.Join(',', inner) + ")";
            }

            sql = sql[..match.Index] + replacement + sql[(close + 1)..];
            from = match.Index + replacement.Length;
        }

        return sql;
    }

    /// <summary>The top-level arguments of the call whose '(' is at <paramref name="open"/>, and the index of its ')'.</summary>
    private static (List<string> Args, int Close) Arguments(string sql, int open)
    {
        var args = new List<string>();
        var depth = 0;
        var start = open + 1;
        for (var i = open + 1; i < sql.Length; i++)
        {
            switch (sql[i])
            {
                case '\'':
                    i = sql.IndexOf('\'', i + 1);
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when depth > 0:
                    depth--;
                    break;
                case ')':
                    args.Add(sql[start..i]);
                    return (args, i);
                case ',' when depth == 0:
                    args.Add(sql[start..i]);
                    start = i + 1;
                    break;
            }
        }

        throw new FormatException("Unbalanced parentheses in SQL: " + sql[open..Math.Min(sql.Length, open + 80)]);
    }

    [GeneratedRegex(@"\b([a-z_]+\.)?""IsDeleted"" = 0\b")]
    private static partial Regex DeletedFlag();

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\bIN ([a-z_]+)\b(?!\s*\()")]
    private static partial Regex InCte();

    [GeneratedRegex(@"^'\+(\d+) days?'$")]
    private static partial Regex DaysModifier();
}

using System.Text;

namespace Inburgering.Hub.Connectors.Coa;

/// <summary>
/// Splits one physical line of a semicolon-separated file into fields. A field may be enclosed in
/// double quotes (a quote inside is doubled); records never span lines, so a quote that is not
/// closed on its line makes the line malformed.
/// </summary>
internal static class CsvLineSplitter
{
    public const char Separator = ';';
    private const char Quote = '"';

    /// <summary>Splits <paramref name="line"/>; false when its quotes are unbalanced.</summary>
    public static bool TrySplit(string line, List<string> fields)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(fields);
        fields.Clear();

        var field = new StringBuilder();
        var position = 0;
        while (true)
        {
            field.Clear();
            if (position < line.Length && line[position] == Quote)
            {
                if (!TryReadQuoted(line, ref position, field))
                {
                    return false;
                }
            }
            else
            {
                var end = line.IndexOf(Separator, position);
                end = end < 0 ? line.Length : end;
                field.Append(line, position, end - position);
                position = end;
            }

            fields.Add(field.ToString());
            if (position >= line.Length)
            {
                return true;
            }

            position++; // the separator
        }
    }

    /// <summary>Reads a quoted field from the opening quote up to (not including) the next separator.</summary>
    private static bool TryReadQuoted(string line, ref int position, StringBuilder field)
    {
        position++; // opening quote
        while (position < line.Length)
        {
            var c = line[position++];
            if (c != Quote)
            {
                field.Append(c);
            }
            else if (position < line.Length && line[position] == Quote)
            {
                field.Append(Quote);
                position++;
            }
            else
            {
                // Closing quote: only a separator or the end of the line may follow.
                return position == line.Length || line[position] == Separator;
            }
        }

        return false; // no closing quote
    }
}

using System.Text;

namespace Inburgering.Hub.Connectors.Abstractions.Text;

/// <summary>
/// For connector authors: splits one physical line of a delimited file into fields at <c>delimiter</c>. A field may be enclosed in double
/// quotes (a quote inside is doubled); records never span lines, so a quote that is not closed on
/// its line makes the line malformed.
/// </summary>
public static class DelimitedLine
{
    private const char Quote = '"';

    /// <summary>Splits <paramref name="line"/>; false when its quotes are unbalanced.</summary>
    public static bool TrySplit(string line, char delimiter, List<string> fields)
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
                if (!TryReadQuoted(line, delimiter, ref position, field))
                {
                    return false;
                }
            }
            else
            {
                var end = line.IndexOf(delimiter, position);
                end = end < 0 ? line.Length : end;
                field.Append(line, position, end - position);
                position = end;
            }

            fields.Add(field.ToString());
            if (position >= line.Length)
            {
                return true;
            }

            position++; // the delimiter
        }
    }

    private static bool TryReadQuoted(string line, char delimiter, ref int position, StringBuilder field)
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
                // Closing quote: only the delimiter or the end of the line may follow.
                return position == line.Length || line[position] == delimiter;
            }
        }

        return false;
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Sample;

/// <summary>
/// Turns one line of a JSON Lines file into a message: a <see cref="SourceRecord"/> for a good item,
/// a <see cref="SourceTombstone"/> for <c>{"id":…,"verwijderd":true}</c>, otherwise a
/// <see cref="SourceRejection"/> with a reason code. One instance per file (it remembers the ids it saw).
/// </summary>
/// <remarks>
/// A connector checks the FORMAT only: is it JSON, are the fields there, do dates and numbers parse.
/// Whether the BSN passes the elfproef, the gemeente is known and the code <c>soort</c> is on its list
/// is the engine's job, so every connector gets the same answers.
/// </remarks>
internal sealed partial class ParticipatieLineParser
{
    private const string DateFormat = "yyyy-MM-dd";

    private readonly HashSet<string> _seenIds = new(StringComparer.Ordinal);

    /// <summary>Parses the line at <paramref name="location"/> (<c>file:line n</c>).</summary>
    public SourceMessage Parse(string line, string location)
    {
        // 1. Is it JSON at all? Anything else is MALFORMED_RECORD; the rest of the file still loads.
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return new SourceRejection(location, line, ReasonCodes.MalformedRecord, "The line is not valid JSON.");
        }

        using (document)
        {
            var item = document.RootElement;
            if (item.ValueKind != JsonValueKind.Object)
            {
                return new SourceRejection(location, line, ReasonCodes.MalformedRecord, "The line is not a JSON object.");
            }

            // 2. The id comes first: without it the record cannot be identified (or deleted).
            var id = Text(item, "id");
            var gemeente = Text(item, "gemeenteCode")?.ToUpperInvariant();
            if (id is null)
            {
                return new SourceRejection(location, line, ReasonCodes.MissingField, "Required field 'id' is missing or empty.", null, gemeente);
            }

            if (!_seenIds.Add(id))
            {
                return new SourceRejection(
                    location, line, ReasonCodes.DuplicateId, $"Id '{ForMessage(id)}' occurs more than once in the file; the first is kept.", id, gemeente);
            }

            // 3. A tombstone: the provider deleted the record. The engine marks it deleted.
            if (item.TryGetProperty("verwijderd", out var deleted) && deleted.ValueKind == JsonValueKind.True)
            {
                return new SourceTombstone(id, location);
            }

            // 4. Required fields. Never put a BSN in a message: messages are shown to people.
            foreach (var field in (string[])["bsn", "gemeenteCode", "soort", "startdatum"])
            {
                if (Text(item, field) is null)
                {
                    return new SourceRejection(location, line, ReasonCodes.MissingField, $"Required field '{field}' is missing or empty.", id, gemeente);
                }
            }

            // 5. Values that must parse: dates (yyyy-MM-dd) and the hours per week.
            if (!TryDate(item, "startdatum", out var startdatum, out var problem)
                || !TryDate(item, "einddatum", out var einddatum, out problem))
            {
                return new SourceRejection(location, line, ReasonCodes.InvalidDate, problem!, id, gemeente);
            }

            if (!TryNumber(item, "urenPerWeek", out var uren, out problem))
            {
                return new SourceRejection(location, line, ReasonCodes.InvalidNumber, problem!, id, gemeente);
            }

            // 6. Map to the canonical record. Codes go in as CONSTANT_CASE; the engine checks the list.
            var record = new ParticipatieRecord
            {
                Person = new PersonRef(Text(item, "bsn")),
                GemeenteCode = gemeente!,
                Soort = Text(item, "soort")!.ToUpperInvariant(),
                Startdatum = startdatum!.Value,
                Einddatum = einddatum,
                UrenPerWeek = uren,
            };
            return new SourceRecord(id, location, line, record);
        }
    }

    /// <summary>A string field, trimmed; null when absent, null or empty. Numbers are accepted as text.</summary>
    private static string? Text(JsonElement item, string field)
    {
        if (!item.TryGetProperty(field, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>An optional <c>yyyy-MM-dd</c> date; false with a <paramref name="problem"/> when it does not parse.</summary>
    private static bool TryDate(JsonElement item, string field, out DateOnly? date, out string? problem)
    {
        date = null;
        problem = null;
        var text = Text(item, field);
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        problem = $"Field '{field}' value '{ForMessage(text)}' is not a date ({DateFormat}).";
        return false;
    }

    /// <summary>An optional number; false with a <paramref name="problem"/> when it is not one.</summary>
    private static bool TryNumber(JsonElement item, string field, out decimal? number, out string? problem)
    {
        number = null;
        problem = null;
        if (!item.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var parsed))
        {
            number = parsed;
            return true;
        }

        problem = $"Field '{field}' value '{ForMessage(value.GetRawText())}' is not a number.";
        return false;
    }

    /// <summary>A value for a message with every nine-digit run masked: a BSN in a wrong field never leaks.</summary>
    private static string ForMessage(string value) => NineDigits().Replace(value, "*********");

    [GeneratedRegex("(?<![0-9])[0-9]{9}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NineDigits();
}

using System.Text.Json;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Fields;
using Inburgering.Hub.Connectors.Abstractions.Text;

namespace Inburgering.Hub.Connectors.Sample;

/// <summary>
/// Turns one line of a JSON Lines file into a message: a <see cref="SourceRecord"/> for a good item,
/// a <see cref="SourceTombstone"/> for <c>{"id":…,"verwijderd":true}</c>, otherwise a
/// <see cref="SourceRejection"/> with a reason code. One instance per file (it remembers the ids it saw).
/// </summary>
/// <remarks>
/// A connector checks the FORMAT only: is it JSON, are the fields there, do dates and numbers parse.
/// Whether the BSN passes the elfproef, the gemeente is known and the code <c>soort</c> is on its list
/// is the engine's job, so every connector gets the same answers. The SDK's
/// <see cref="JsonFieldReader"/> reads the fields: the first field that fails becomes the rejection,
/// with a message that names the field and never holds a BSN.
/// </remarks>
internal sealed class ParticipatieLineParser
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

            var fields = new JsonFieldReader(item, location, line);

            // 2. The id comes first: without it the record cannot be identified (or deleted).
            var id = fields.Text("id");
            var gemeente = fields.Code("gemeenteCode");
            if (id is null)
            {
                return fields.Reject(ReasonCodes.MissingField, "Required field 'id' is missing or empty.", null, gemeente);
            }

            if (!_seenIds.Add(id))
            {
                return fields.Reject(
                    ReasonCodes.DuplicateId, $"Id '{IdentifierMask.Mask(id)}' occurs more than once in the file; the first is kept.", id, gemeente);
            }

            // 3. A tombstone: the provider deleted the record. The engine marks it deleted.
            if (fields.Flag("verwijderd") == true)
            {
                return new SourceTombstone(id, location);
            }

            // 4. Required fields, then values that must parse: dates (yyyy-MM-dd) and the hours per
            // week (a JSON number). The reader keeps the first failure.
            var bsn = fields.Required("bsn");
            fields.Required("gemeenteCode");
            var soort = fields.Code("soort", required: true);
            fields.Required("startdatum");
            var startdatum = fields.Date("startdatum", DateFormat);
            var einddatum = fields.Date("einddatum", DateFormat);
            var uren = fields.Number("urenPerWeek", numberOnly: true);
            if (fields.Failed)
            {
                return fields.Rejection(id, gemeente);
            }

            // 5. Map to the canonical record. Codes go in as CONSTANT_CASE; the engine checks the list.
            var record = new ParticipatieRecord
            {
                Person = new PersonRef(bsn),
                GemeenteCode = gemeente!,
                Soort = soort!,
                Startdatum = startdatum!.Value,
                Einddatum = einddatum,
                UrenPerWeek = uren,
            };
            return new SourceRecord(id, location, line, record);
        }
    }
}

using System.Globalization;
using System.Text.Json;
using Inburgering.Hub.Connectors.Abstractions.Text;

namespace Inburgering.Hub.Connectors.Abstractions.Fields;

/// <summary>
/// A <see cref="FieldReader"/> over the properties of one JSON object. A string property reads as its
/// text, a number as its literal, <c>true</c>/<c>false</c> as such; an absent or <c>null</c> property
/// is unknown. Adds what only JSON has: numbers as JSON numbers (<see cref="Number"/>), lists of codes
/// (<see cref="Codes"/>) and flags that must be JSON booleans (<see cref="Flag"/>).
/// </summary>
public class JsonFieldReader : FieldReader
{
    /// <param name="item">The object (when it is not an object every field reads as absent: check <see cref="JsonElement.ValueKind"/> first).</param>
    /// <param name="location">Where the item stands (<c>page 3 item 12</c>, <c>file.jsonl:line 4</c>).</param>
    /// <param name="raw">The item as received; default its JSON text.</param>
    public JsonFieldReader(JsonElement item, string location, string? raw = null)
        : base(location, raw ?? item.GetRawText())
    {
        Item = item;
    }

    /// <summary>The object read.</summary>
    public JsonElement Item { get; }

    /// <summary>The message for a required field that is absent, null or empty.</summary>
    protected override string MissingMessage(string field) => $"Required field {Label(field)} is missing or empty.";

    /// <inheritdoc/>
    protected override string? Value(string field)
    {
        if (Item.ValueKind != JsonValueKind.Object || !Item.TryGetProperty(field, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    /// <summary>The property, when present and not null.</summary>
    public bool TryGetProperty(string field, out JsonElement value)
    {
        value = default;
        return Item.ValueKind == JsonValueKind.Object && Item.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null;
    }

    /// <summary>
    /// Fails with <see cref="ReasonCodes.MalformedRecord"/> (<c>Field 'x' is not a text value.</c>) when
    /// <paramref name="field"/> is present but an object, array or boolean; true when it is a string,
    /// a number, null or absent.
    /// </summary>
    public bool IsText(string field)
    {
        if (TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
        {
            Fail(ReasonCodes.MalformedRecord, $"Field {Label(field)} is not a text value.");
            return false;
        }

        return true;
    }

    /// <summary>
    /// A number: a JSON number, or (unless <paramref name="numberOnly"/>) a string with a decimal point
    /// (invariant culture). Fails with <see cref="ReasonCodes.InvalidNumber"/>: <c>Field 'x' value 'v' is not a number.</c>
    /// </summary>
    public decimal? Number(string field, bool required = false, bool numberOnly = false)
    {
        if (!TryGetProperty(field, out var value))
        {
            if (required)
            {
                Required(field);
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        if (!numberOnly && value.ValueKind == JsonValueKind.String
            && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        FailValue(field, value.GetRawText(), ReasonCodes.InvalidNumber, "a number");
        return null;
    }

    /// <summary>A JSON boolean (<c>true</c>/<c>false</c>, not a string); null when absent. Fails with <see cref="ReasonCodes.InvalidValue"/>.</summary>
    public bool? Flag(string field)
    {
        if (!TryGetProperty(field, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        FailValue(field, value.GetRawText(), ReasonCodes.InvalidValue, "true or false");
        return null;
    }

    /// <summary>
    /// A list of codes (CONSTANT_CASE, trimmed, empty ones and repeats left out); an absent or null list
    /// is empty. Fails with <see cref="ReasonCodes.MalformedRecord"/> when it is not a list of strings.
    /// </summary>
    public IReadOnlyList<string> Codes(string field)
    {
        if (!TryGetProperty(field, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            Fail(ReasonCodes.MalformedRecord, $"Field {Label(field)} is not a list of codes.");
            return [];
        }

        return [.. value.EnumerateArray().Select(e => e.GetString()!.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The message quoting a JSON value with person numbers masked (for an author's own checks).</summary>
    public static string ForMessage(string value) => IdentifierMask.Mask(value);
}

using System.Globalization;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Taalaanbieder;

/// <summary>
/// One data row with typed access to its canonical fields through the aanbieder's mapping. Fields
/// are trimmed; an empty field is unknown (null). The first field that fails decides the rejection.
/// Messages name the aanbieder's column and never hold a BSN.
/// </summary>
internal sealed class VoortgangRow(
    AanbiederMapping mapping,
    IReadOnlyDictionary<string, int> indexes,
    IReadOnlyList<string> fields,
    string location,
    string raw)
{
    private string? _reasonCode;
    private string? _message;

    public string Location { get; } = location;

    public string Raw { get; } = raw;

    public bool Failed => _reasonCode is not null;

    /// <summary>The trimmed value of a canonical field, or null when empty or not mapped.</summary>
    public string? Text(string field)
    {
        if (!indexes.TryGetValue(field, out var index))
        {
            return null;
        }

        var value = fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>The trimmed value; fails with MISSING_FIELD when empty.</summary>
    public string? Required(string field)
    {
        var value = Text(field);
        if (value is null)
        {
            Fail(ReasonCodes.MissingField, $"Required field {Column(field)} is empty.");
        }

        return value;
    }

    /// <summary>
    /// A code: through the mapping's value table when it has one for <paramref name="field"/> (an
    /// unlisted value fails with UNKNOWN_CODE), otherwise the value in uppercase.
    /// </summary>
    public string? Code(string field, bool required)
    {
        var text = required ? Required(field) : Text(field);
        if (text is null)
        {
            return null;
        }

        if (!mapping.Values.TryGetValue(field, out var table))
        {
            return text.ToUpperInvariant();
        }

        if (table.TryGetValue(text, out var canonical))
        {
            return canonical;
        }

        Fail(
            ReasonCodes.UnknownCode,
            $"Field {Column(field)} value '{MessageText.Mask(text)}' is not in the {mapping.Code} mapping "
            + $"(known: {string.Join(", ", table.Keys.Select(MessageText.Mask))}).");
        return null;
    }

    /// <summary>A required boolean: mapped through the value table, or true/false.</summary>
    public bool? Flag(string field)
    {
        var value = Code(field, required: true);
        if (value is null)
        {
            return null;
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        Fail(ReasonCodes.UnknownCode, $"Field {Column(field)} value '{MessageText.Mask(Text(field)!)}' is not true or false.");
        return null;
    }

    /// <summary>A date in the mapping's format; fails with INVALID_DATE.</summary>
    public DateOnly? Date(string field, bool required)
    {
        var text = required ? Required(field) : Text(field);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, mapping.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail(ReasonCodes.InvalidDate, $"Field {Column(field)} value '{MessageText.Mask(text)}' is not a date ({mapping.DateFormat}).");
        return null;
    }

    /// <summary>A decimal with the mapping's separator; fails with INVALID_NUMBER. The sign is kept (the engine checks ranges).</summary>
    public decimal? Number(string field, bool required)
    {
        var text = required ? Required(field) : Text(field);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, mapping.NumberFormat, out var number))
        {
            return number;
        }

        Fail(
            ReasonCodes.InvalidNumber,
            $"Field {Column(field)} value '{MessageText.Mask(text)}' is not a number (decimal separator '{mapping.NumberFormat.NumberDecimalSeparator}').");
        return null;
    }

    public SourceRejection Rejection(string? sourceId, string? gemeenteCode) =>
        Failed
            ? new SourceRejection(Location, Raw, _reasonCode!, _message!, sourceId, gemeenteCode)
            : throw new InvalidOperationException("The row has no failed field.");

    public SourceRejection Reject(string reasonCode, string message, string? sourceId, string? gemeenteCode) =>
        new(Location, Raw, reasonCode, message, sourceId, gemeenteCode);

    private string Column(string field) => $"'{mapping.ColumnOf(field)}' ({field})";

    private void Fail(string reasonCode, string message)
    {
        if (_reasonCode is null)
        {
            _reasonCode = reasonCode;
            _message = message;
        }
    }
}

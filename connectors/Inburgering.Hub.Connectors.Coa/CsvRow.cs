using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Coa;

/// <summary>
/// One data row of a file with typed access to its fields by column name. Fields are trimmed; an
/// empty field is unknown (null). The first field that fails validation decides the rejection.
/// </summary>
internal sealed class CsvRow(CsvHeader header, IReadOnlyList<string> fields, string location, string raw)
{
    private string? _reasonCode;
    private string? _message;

    /// <summary>Where the row stands: <c>&lt;file&gt;:line &lt;n&gt;</c>.</summary>
    public string Location { get; } = location;

    /// <summary>The line as decoded.</summary>
    public string Raw { get; } = raw;

    /// <summary>Whether a field failed validation.</summary>
    public bool Failed => _reasonCode is not null;

    /// <summary>The trimmed value, or null when empty.</summary>
    public string? Text(string column)
    {
        var value = fields[header.IndexOf(column)].Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>The trimmed value; fails with MISSING_FIELD when empty.</summary>
    public string? Required(string column)
    {
        var value = Text(column);
        if (value is null)
        {
            Fail(ReasonCodes.MissingField, $"Required field '{column}' is empty.");
        }

        return value;
    }

    /// <summary>A code, trimmed and uppercase; code-list membership is the engine's check.</summary>
    public string? Code(string column, bool required = false) =>
        (required ? Required(column) : Text(column))?.ToUpperInvariant();

    /// <summary>A <c>dd-MM-yyyy</c> date; fails with INVALID_DATE when it does not parse.</summary>
    public DateOnly? Date(string column, bool required)
    {
        var text = required ? Required(column) : Text(column);
        if (text is null)
        {
            return null;
        }

        if (CoaFormats.TryParseDate(text, out var date))
        {
            return date;
        }

        Fail(ReasonCodes.InvalidDate, $"Field '{column}' value '{CoaFormats.ForMessage(text)}' is not a date ({CoaFormats.DateFormat}).");
        return null;
    }

    /// <summary>An optional four-digit year; fails with INVALID_NUMBER otherwise.</summary>
    public int? Year(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (CoaFormats.TryParseYear(text, out var year))
        {
            return year;
        }

        Fail(ReasonCodes.InvalidNumber, $"Field '{column}' value '{CoaFormats.ForMessage(text)}' is not a four-digit year.");
        return null;
    }

    /// <summary>A required whole number of zero or more; fails with INVALID_NUMBER otherwise.</summary>
    public int? Count(string column)
    {
        var text = Required(column);
        if (text is null)
        {
            return null;
        }

        if (CoaFormats.TryParseCount(text, out var count))
        {
            return count;
        }

        Fail(ReasonCodes.InvalidNumber, $"Field '{column}' value '{CoaFormats.ForMessage(text)}' is not a whole number.");
        return null;
    }

    /// <summary>A required <c>J</c>/<c>N</c> flag; fails with INVALID_VALUE otherwise.</summary>
    public bool? YesNo(string column)
    {
        switch (Code(column, required: true))
        {
            case null:
                return null;
            case "J":
                return true;
            case "N":
                return false;
            default:
                Fail(ReasonCodes.InvalidValue, $"Field '{column}' value '{CoaFormats.ForMessage(Text(column)!)}' is not J or N.");
                return null;
        }
    }

    /// <summary>A required half-year period <c>YYYY-H1</c>/<c>YYYY-H2</c>; fails with INVALID_VALUE otherwise.</summary>
    public string? Periode(string column)
    {
        var periode = Code(column, required: true);
        if (periode is null || CoaFormats.IsPeriode(periode))
        {
            return periode;
        }

        Fail(ReasonCodes.InvalidValue, $"Field '{column}' value '{CoaFormats.ForMessage(Text(column)!)}' is not a period YYYY-H1 or YYYY-H2.");
        return null;
    }

    /// <summary>The rejection for the first failed field.</summary>
    public SourceRejection Rejection(string? sourceId, string? gemeenteCode) =>
        Failed
            ? new SourceRejection(Location, Raw, _reasonCode!, _message!, sourceId, gemeenteCode)
            : throw new InvalidOperationException("The row has no failed field.");

    /// <summary>A rejection of the whole row for <paramref name="reasonCode"/>.</summary>
    public SourceRejection Reject(string reasonCode, string message, string? sourceId, string? gemeenteCode) =>
        new(Location, Raw, reasonCode, message, sourceId, gemeenteCode);

    private void Fail(string reasonCode, string message)
    {
        if (_reasonCode is null)
        {
            _reasonCode = reasonCode;
            _message = message;
        }
    }
}

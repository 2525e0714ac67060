using System.Globalization;
using Inburgering.Hub.Connectors.Abstractions.Text;

namespace Inburgering.Hub.Connectors.Abstractions.Fields;

/// <summary>
/// Typed access to the fields of one source record (a CSV row, a JSON item), for connector authors:
/// text, required fields, codes, dates, decimals with either separator, whole numbers and booleans.
/// A value that does not parse is not an exception: the reader remembers the <b>first</b> failure
/// (reason code of <see cref="ReasonCodes"/> and a message that names the field and quotes its value
/// with person numbers masked by <see cref="IdentifierMask"/>) and returns null; the connector then
/// yields <see cref="Rejection"/>. Values are trimmed; an empty value is unknown (null).
/// </summary>
/// <remarks>
/// Derive for another record shape: <see cref="DelimitedFieldReader"/> (fields by column name) and
/// <see cref="JsonFieldReader"/> (properties of a JSON object) are in the SDK. Override
/// <see cref="Label"/> to name a field differently in messages (e.g. the partner's column and the
/// canonical field).
/// </remarks>
public abstract class FieldReader
{
    /// <param name="location">Where the record stands (<c>file.csv:line 7</c>, <c>page 3 item 12</c>).</param>
    /// <param name="raw">The record as it stands in the source (quarantined with a rejection).</param>
    protected FieldReader(string location, string raw)
    {
        Location = location;
        Raw = raw;
    }

    /// <summary>Where the record stands.</summary>
    public string Location { get; }

    /// <summary>The record as it stands in the source.</summary>
    public string Raw { get; }

    /// <summary>Whether a field failed.</summary>
    public bool Failed => FailureReason is not null;

    /// <summary>The reason code of the first failure (<see cref="ReasonCodes"/>), or null.</summary>
    public string? FailureReason { get; private set; }

    /// <summary>The message of the first failure, or null.</summary>
    public string? FailureMessage { get; private set; }

    /// <summary>The value of <paramref name="field"/> as text, untrimmed; null when the record has no such field or it is null.</summary>
    protected abstract string? Value(string field);

    /// <summary>How a field is named in messages; default <c>'field'</c>.</summary>
    protected virtual string Label(string field) => $"'{field}'";

    /// <summary>The message for a required field that is empty; default <c>Required field 'x' is empty.</c></summary>
    protected virtual string MissingMessage(string field) => $"Required field {Label(field)} is empty.";

    /// <summary>Records a failure; only the first one is kept (later calls are ignored).</summary>
    /// <param name="reasonCode">A code of <see cref="ReasonCodes"/>.</param>
    /// <param name="message">Names the field and value; never a BSN (use <see cref="IdentifierMask.Mask"/>).</param>
    public void Fail(string reasonCode, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(reasonCode);
        if (FailureReason is null)
        {
            FailureReason = reasonCode;
            FailureMessage = message;
        }
    }

    /// <summary>Fails with <paramref name="reasonCode"/> and <c>Field 'x' value 'v' is not …</c> (the value masked).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value as found.</param>
    /// <param name="reasonCode">A code of <see cref="ReasonCodes"/>.</param>
    /// <param name="expected">What it should be, e.g. <c>a four-digit year</c>.</param>
    public void FailValue(string field, string value, string reasonCode, string expected) =>
        Fail(reasonCode, $"Field {Label(field)} value '{IdentifierMask.Mask(value)}' is not {expected}.");

    /// <summary>The trimmed value, or null when absent or empty.</summary>
    public string? Text(string field)
    {
        var value = Value(field)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>The trimmed value; fails with <see cref="ReasonCodes.MissingField"/> when absent or empty.</summary>
    public string? Required(string field)
    {
        var value = Text(field);
        if (value is null)
        {
            Fail(ReasonCodes.MissingField, MissingMessage(field));
        }

        return value;
    }

    /// <summary>The value when <paramref name="required"/>, else the optional value.</summary>
    private string? Get(string field, bool required) => required ? Required(field) : Text(field);

    /// <summary>
    /// A code: the trimmed value in upper case (canonical CONSTANT_CASE; whether it is on the code list
    /// is the engine's check). With <paramref name="vocabulary"/>, the value is translated through it
    /// (keys compared as the dictionary compares them) and a value that is not in it fails with
    /// <see cref="ReasonCodes.UnknownCode"/>: <c>Field 'x' value 'v' is not in {vocabularyName} (known: a, b).</c>
    /// </summary>
    public string? Code(string field, bool required = false, IReadOnlyDictionary<string, string>? vocabulary = null, string vocabularyName = "the code list")
    {
        var text = Get(field, required);
        if (text is null)
        {
            return null;
        }

        if (vocabulary is null)
        {
            return text.ToUpperInvariant();
        }

        if (vocabulary.TryGetValue(text, out var canonical))
        {
            return canonical;
        }

        Fail(
            ReasonCodes.UnknownCode,
            $"Field {Label(field)} value '{IdentifierMask.Mask(text)}' is not in {vocabularyName} (known: {string.Join(", ", vocabulary.Keys.Select(k => IdentifierMask.Mask(k)))}).");
        return null;
    }

    /// <summary>A date in exactly <paramref name="format"/> (invariant culture, e.g. <c>dd-MM-yyyy</c>); fails with <see cref="ReasonCodes.InvalidDate"/>.</summary>
    public DateOnly? Date(string field, string format, bool required = false)
    {
        var text = Get(field, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        FailValue(field, text, ReasonCodes.InvalidDate, $"a date ({format})");
        return null;
    }

    /// <summary>
    /// An ISO-8601 timestamp; without an offset it is taken as UTC. Fails with <see cref="ReasonCodes.InvalidDate"/>.
    /// </summary>
    public DateTimeOffset? Timestamp(string field, bool required = false)
    {
        var text = Get(field, required);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        FailValue(field, text, ReasonCodes.InvalidDate, "an ISO-8601 timestamp");
        return null;
    }

    /// <summary>
    /// A decimal number with an optional leading sign (the engine checks ranges). With
    /// <paramref name="separator"/> <c>','</c> or <c>'.'</c> only that decimal separator is accepted;
    /// with null either is, as long as the value has at most one separator (<c>7,5</c> and <c>7.5</c>
    /// are 7.5; <c>1.234,5</c> is refused: a thousands separator is ambiguous). Fails with
    /// <see cref="ReasonCodes.InvalidNumber"/>.
    /// </summary>
    public decimal? Decimal(string field, char? separator = null, bool required = false)
    {
        var text = Get(field, required);
        if (text is null)
        {
            return null;
        }

        if (TryParseDecimal(text, separator, out var number))
        {
            return number;
        }

        FailValue(field, text, ReasonCodes.InvalidNumber, separator is { } s ? $"a number (decimal separator '{s}')" : "a number");
        return null;
    }

    /// <summary>A whole number; digits only (no sign) unless <paramref name="allowNegative"/>. Fails with <see cref="ReasonCodes.InvalidNumber"/>.</summary>
    public int? Integer(string field, bool required = false, bool allowNegative = false)
    {
        var text = Get(field, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, allowNegative ? NumberStyles.AllowLeadingSign : NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        FailValue(field, text, ReasonCodes.InvalidNumber, "a whole number");
        return null;
    }

    /// <summary>
    /// A boolean written as <paramref name="trueText"/> or <paramref name="falseText"/> (case-insensitive;
    /// default <c>true</c>/<c>false</c>; COA writes <c>J</c>/<c>N</c>). Fails with
    /// <see cref="ReasonCodes.InvalidValue"/>: <c>… is not J or N.</c>
    /// </summary>
    public bool? Boolean(string field, bool required = false, string trueText = "true", string falseText = "false")
    {
        var text = Get(field, required);
        if (text is null)
        {
            return null;
        }

        if (string.Equals(text, trueText, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, falseText, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        FailValue(field, text, ReasonCodes.InvalidValue, $"{trueText} or {falseText}");
        return null;
    }

    /// <summary>The rejection for the first failure.</summary>
    /// <exception cref="InvalidOperationException">No field failed.</exception>
    public SourceRejection Rejection(string? sourceId, string? gemeenteCode) =>
        Failed
            ? new SourceRejection(Location, Raw, FailureReason!, FailureMessage!, sourceId, gemeenteCode)
            : throw new InvalidOperationException("No field of the record failed.");

    /// <summary>A rejection of the whole record for <paramref name="reasonCode"/> (message with person numbers masked).</summary>
    public SourceRejection Reject(string reasonCode, string message, string? sourceId, string? gemeenteCode) =>
        new(Location, Raw, reasonCode, IdentifierMask.Mask(message), sourceId, gemeenteCode);

    /// <summary>Parses a decimal as <see cref="Decimal"/> does.</summary>
    public static bool TryParseDecimal(string text, char? separator, out decimal number)
    {
        ArgumentNullException.ThrowIfNull(text);
        number = 0;
        var decimalSeparator = separator ?? (text.Contains(',', StringComparison.Ordinal) ? ',' : '.');
        if (decimalSeparator is not (',' or '.'))
        {
            throw new ArgumentOutOfRangeException(nameof(separator), separator, "The decimal separator is ',' or '.'.");
        }

        if (separator is null && text.Contains(',', StringComparison.Ordinal) && text.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        var format = new NumberFormatInfo { NumberDecimalSeparator = decimalSeparator.ToString(), NumberGroupSeparator = decimalSeparator == ',' ? "." : "," };
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, format, out number);
    }
}

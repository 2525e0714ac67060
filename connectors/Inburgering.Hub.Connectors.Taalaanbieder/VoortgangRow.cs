using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Fields;
using Inburgering.Hub.Connectors.Abstractions.Text;

namespace Inburgering.Hub.Connectors.Taalaanbieder;

/// <summary>
/// One data row with typed access to its canonical fields through the aanbieder's mapping: the SDK's
/// <see cref="FieldReader"/> (trimmed values, an empty or unmapped field is unknown, the first failure
/// decides the rejection, values in messages masked) with the aanbieder's date format, decimal
/// separator and value tables. Messages name the aanbieder's column and the canonical field.
/// </summary>
internal sealed class VoortgangRow(
    AanbiederMapping mapping,
    IReadOnlyDictionary<string, int> indexes,
    IReadOnlyList<string> fields,
    string location,
    string raw) : FieldReader(location, raw)
{
    /// <summary>
    /// A code: through the mapping's value table when it has one for <paramref name="field"/> (an
    /// unlisted value fails with UNKNOWN_CODE), otherwise the value in uppercase.
    /// </summary>
    public string? Code(string field, bool required) =>
        Code(field, required, mapping.Values.GetValueOrDefault(field), $"the {mapping.Code} mapping");

    /// <summary>A required boolean: mapped through the value table, or true/false; fails with UNKNOWN_CODE.</summary>
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

        Fail(ReasonCodes.UnknownCode, $"Field {Label(field)} value '{IdentifierMask.Mask(Text(field))}' is not true or false.");
        return null;
    }

    /// <summary>A date in the mapping's format; fails with INVALID_DATE.</summary>
    public DateOnly? Date(string field, bool required) => Date(field, mapping.DateFormat, required);

    /// <summary>A decimal with the mapping's separator; fails with INVALID_NUMBER. The sign is kept (the engine checks ranges).</summary>
    public decimal? Number(string field, bool required) =>
        Decimal(field, mapping.NumberFormat.NumberDecimalSeparator[0], required);

    /// <inheritdoc/>
    protected override string? Value(string field) =>
        indexes.TryGetValue(field, out var index) ? fields[index] : null;

    /// <inheritdoc/>
    protected override string Label(string field) => $"'{mapping.ColumnOf(field)}' ({field})";
}

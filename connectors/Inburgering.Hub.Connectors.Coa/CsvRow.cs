using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Fields;

namespace Inburgering.Hub.Connectors.Coa;

/// <summary>
/// One data row of a TVS export with typed access to its fields by column name: the SDK's
/// <see cref="DelimitedFieldReader"/> (trimmed values, an empty field is unknown, the first failure
/// decides the rejection, values in messages masked) with the TVS formats: <c>dd-MM-yyyy</c> dates,
/// <c>J</c>/<c>N</c> flags, four-digit years and half-year periods.
/// </summary>
internal sealed class CsvRow(DelimitedHeader header, IReadOnlyList<string> fields, string location, string raw)
    : DelimitedFieldReader(header, fields, location, raw)
{
    /// <summary>A <c>dd-MM-yyyy</c> date; fails with INVALID_DATE when it does not parse.</summary>
    public DateOnly? Date(string column, bool required) => Date(column, CoaFormats.DateFormat, required);

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

        FailValue(column, text, ReasonCodes.InvalidNumber, "a four-digit year");
        return null;
    }

    /// <summary>A required whole number of zero or more; fails with INVALID_NUMBER otherwise.</summary>
    public int? Count(string column) => Integer(column, required: true);

    /// <summary>A required <c>J</c>/<c>N</c> flag; fails with INVALID_VALUE otherwise.</summary>
    public bool? YesNo(string column) => Boolean(column, required: true, trueText: "J", falseText: "N");

    /// <summary>A required half-year period <c>YYYY-H1</c>/<c>YYYY-H2</c>; fails with INVALID_VALUE otherwise.</summary>
    public string? Periode(string column)
    {
        var periode = Code(column, required: true);
        if (periode is null || CoaFormats.IsPeriode(periode))
        {
            return periode;
        }

        FailValue(column, Text(column)!, ReasonCodes.InvalidValue, "a period YYYY-H1 or YYYY-H2");
        return null;
    }
}

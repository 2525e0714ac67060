namespace Inburgering.Hub.Connectors.Abstractions.Text;

/// <summary>
/// One record of a delimited (CSV) file as <see cref="DelimitedReader"/> reads it: its fields, the
/// physical lines it spans (a quoted field may hold line breaks) and its raw text.
/// </summary>
/// <param name="Fields">The unquoted field values; empty when <see cref="Problem"/> is set.</param>
/// <param name="FirstLine">1-based number of the record's first physical line.</param>
/// <param name="LastLine">1-based number of its last physical line (equal to <paramref name="FirstLine"/> for a one-line record).</param>
/// <param name="RawText">The record as it stands in the file, without its final line break.</param>
/// <param name="Problem">Why the record is not valid RFC 4180 (a quote inside an unquoted field,
/// text after a closing quote, a quote never closed); null when it is. Such a record is refused whole.</param>
public sealed record DelimitedRecord(IReadOnlyList<string> Fields, int FirstLine, int LastLine, string RawText, string? Problem)
{
    /// <summary>A line with nothing but white space (one empty or blank field).</summary>
    public bool IsBlank => Problem is null && Fields.Count == 1 && string.IsNullOrWhiteSpace(Fields[0]);

    /// <summary>The lines for a location: <c>line 7</c> or <c>lines 7-8</c>.</summary>
    public string Lines => FirstLine == LastLine
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {FirstLine}")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"lines {FirstLine}-{LastLine}");
}

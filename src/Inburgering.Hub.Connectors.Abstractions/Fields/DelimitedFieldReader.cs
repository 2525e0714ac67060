using Inburgering.Hub.Connectors.Abstractions.Text;

namespace Inburgering.Hub.Connectors.Abstractions.Fields;

/// <summary>
/// A <see cref="FieldReader"/> over one record of a delimited file, its fields found by column name
/// through a <see cref="DelimitedHeader"/>. A column the header does not have reads as absent (null).
/// </summary>
public class DelimitedFieldReader : FieldReader
{
    private readonly DelimitedHeader _header;
    private readonly IReadOnlyList<string> _fields;

    /// <param name="header">The file's header.</param>
    /// <param name="fields">The record's fields, in header order.</param>
    /// <param name="location">Where the record stands (<c>file.csv:line 7</c>).</param>
    /// <param name="raw">The record as it stands in the file.</param>
    public DelimitedFieldReader(DelimitedHeader header, IReadOnlyList<string> fields, string location, string raw)
        : base(location, raw)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(fields);
        _header = header;
        _fields = fields;
    }

    /// <summary>A reader of <paramref name="record"/> (from <see cref="DelimitedReader"/>) at <c>{document}:{line(s)}</c>.</summary>
    public DelimitedFieldReader(DelimitedHeader header, DelimitedRecord record, string document)
        : this(header, (record ?? throw new ArgumentNullException(nameof(record))).Fields, $"{document}:{record.Lines}", record.RawText)
    {
    }

    /// <inheritdoc/>
    protected override string? Value(string field) =>
        _header.TryGetIndex(field, out var index) && index < _fields.Count ? _fields[index] : null;
}

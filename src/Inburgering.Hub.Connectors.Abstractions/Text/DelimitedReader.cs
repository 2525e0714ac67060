using System.Text;
using CsvHelper;

namespace Inburgering.Hub.Connectors.Abstractions.Text;

/// <summary>
/// For connector authors: reads a delimited file record by record as RFC 4180 says, through
/// CsvHelper's reader in RFC 4180 mode: a field may be quoted, and a quoted field may hold the
/// delimiter, doubled quotes and line breaks, so one record may span several physical lines.
/// Streaming, constant memory per record. A byte-order mark before the first record is skipped. A
/// record that breaks the quoting rules (a quote inside an unquoted field, text after a closing
/// quote, a quote never closed) is returned whole with its <see cref="DelimitedRecord.Problem"/> and
/// its line range, so a connector quarantines it as one record and never stores a part of it.
/// </summary>
/// <remarks>
/// Errors: the <see cref="TextReader"/>'s own exceptions pass through (e.g. a
/// <see cref="DecoderFallbackException"/> from a reader that throws on invalid bytes).
/// </remarks>
public sealed class DelimitedReader : IDisposable
{
    private readonly CsvReader _csv;
    private readonly Dictionary<long, CsvMalformedReason> _malformed = [];

    /// <summary>Reads from <paramref name="reader"/> (left open) with field separator <paramref name="delimiter"/> (ASCII).</summary>
    public DelimitedReader(TextReader reader, char delimiter)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = false,
            TrimWhitespace = false,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record => _malformed.TryAdd(record.RecordNumber, record.Reason),
        };
        _csv = CsvReader.Create(reader, options, leaveOpen: true);
    }

    /// <summary>The next record, or null at the end of the file.</summary>
    public async ValueTask<DelimitedRecord?> ReadAsync(CancellationToken cancellationToken = default)
    {
        if (!await _csv.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(_csv.RawRecord);
        if (_csv.RowNumber == 1 && text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var firstLine = (int)_csv.LineNumber;
        var lastLine = firstLine + LineBreaks(text);
        if (_malformed.Remove(_csv.RowNumber, out var reason))
        {
            return new DelimitedRecord([], firstLine, lastLine, text, Describe(reason));
        }

        var fields = new string[_csv.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = _csv.GetString(i) ?? "";
        }

        if (_csv.RowNumber == 1 && fields.Length > 0 && fields[0].StartsWith('\uFEFF'))
        {
            fields[0] = fields[0][1..];
        }

        return new DelimitedRecord(fields, firstLine, lastLine, text, null);
    }

    /// <inheritdoc/>
    public void Dispose() => _csv.Dispose();

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
        _ => $"malformed ({reason})",
    };

    /// <summary>Line breaks (CRLF, LF or CR) inside <paramref name="text"/>.</summary>
    private static int LineBreaks(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }
}

using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Fields;
using Inburgering.Hub.Connectors.Abstractions.Text;

namespace Inburgering.Hub.Connectors.Coa;

/// <summary>
/// Reads the rows of one TVS export file, record by record through the SDK's RFC 4180
/// <see cref="DelimitedReader"/> (constant memory): a record or rejection
/// per data row, or a single <see cref="DocumentUnreadable"/> when the file cannot be read.
/// </summary>
internal static class CoaDocumentReader
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Code points that Windows-1252 text never holds: NUL and the five undefined bytes.</summary>
    private static readonly SearchValues<char> NotWindows1252 =
        SearchValues.Create("\0\u0081\u008D\u008F\u0090\u009D");

    private static readonly Encoding Windows1252 = CreateWindows1252();

    public static async IAsyncEnumerable<SourceMessage> ReadAsync(
        CoaExportFile file,
        ICoaRowParser parser,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(
            file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var reader = new StreamReader(stream, Windows1252, detectEncodingFromByteOrderMarks: false, BufferSize);

        using var csv = new DelimitedReader(reader, ';');
        var problem = HeaderProblem(await csv.ReadAsync(cancellationToken), parser, out var header);
        if (problem is not null)
        {
            yield return Unreadable(file, problem);
            yield break;
        }

        while (await csv.ReadAsync(cancellationToken) is { } record)
        {
            if (record.RawText.AsSpan().ContainsAny(NotWindows1252))
            {
                yield return Unreadable(file, $"{record.Lines} holds bytes that are not Windows-1252 text");
                yield break;
            }

            if (record.IsBlank)
            {
                continue;
            }

            var location = $"{file.Name}:{record.Lines}";
            if (record.Problem is not null)
            {
                yield return new SourceRejection(location, record.RawText, ReasonCodes.MalformedRecord, $"The record is not valid CSV: {record.Problem}.");
            }
            else if (record.Fields.Count != header!.Count)
            {
                yield return new SourceRejection(
                    location,
                    record.RawText,
                    ReasonCodes.MalformedRecord,
                    $"The record has {record.Fields.Count} fields; the header has {header.Count}.");
            }
            else
            {
                yield return parser.Parse(new CsvRow(header!, record.Fields, location, record.RawText));
            }
        }
    }

    /// <summary>Why the header record cannot be used, or null with the <paramref name="header"/>.</summary>
    private static string? HeaderProblem(DelimitedRecord? record, ICoaRowParser parser, out DelimitedHeader? header)
    {
        header = null;
        if (record is null || record.IsBlank)
        {
            return "the file is empty (no header row)";
        }

        var headerLine = record.RawText;
        if (headerLine.StartsWith("\u00EF\u00BB\u00BF", StringComparison.Ordinal)
            || headerLine.StartsWith("\u00FF\u00FE", StringComparison.Ordinal)
            || headerLine.StartsWith("\u00FE\u00FF", StringComparison.Ordinal))
        {
            return "the file starts with a Unicode byte-order mark; expected Windows-1252 text";
        }

        if (headerLine.AsSpan().ContainsAny(NotWindows1252))
        {
            return "the header row holds bytes that are not Windows-1252 text";
        }

        if (record.Problem is not null)
        {
            return $"the header row is not valid CSV: {record.Problem}";
        }

        var candidate = new DelimitedHeader(record.Fields);
        var problem = candidate.Check(parser.Columns);
        header = problem is null ? candidate : null;
        return problem;
    }

    private static DocumentUnreadable Unreadable(CoaExportFile file, string problem) =>
        new(ReasonCodes.UnreadableDocument, $"{file.Name}: {problem}.");

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}

using System.Runtime.CompilerServices;
using System.Text;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Text;

namespace Inburgering.Hub.Connectors.Taalaanbieder;

/// <summary>
/// Reads one aanbieder file record by record through the SDK's RFC 4180 <see cref="DelimitedReader"/> (constant memory) through its mapping: a record or
/// rejection per data row, or a single <see cref="DocumentUnreadable"/> when the file cannot be read
/// (empty, header without the mapped columns, bytes that are not text in the configured encoding).
/// </summary>
internal static class VoortgangDocumentReader
{
    private const int BufferSize = 64 * 1024;

    /// <summary>A UTF-8 byte-order mark as Windows-1252 decodes it.</summary>
    private const string Utf8BomAs1252 = "\u00EF\u00BB\u00BF";

    public static async IAsyncEnumerable<SourceMessage> ReadAsync(
        VoortgangFile file,
        AanbiederMapping mapping,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(
            file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var reader = new StreamReader(stream, mapping.Encoding, detectEncodingFromByteOrderMarks: false, BufferSize);

        using var csv = new DelimitedReader(reader, mapping.Delimiter);
        var (header, decodeError) = await ReadRecordAsync(csv, mapping.Encoding, cancellationToken);
        var headerProblem = HeaderProblem(header, mapping, out var indexes, out var fieldCount);
        var problem = decodeError ?? headerProblem;
        if (problem is not null)
        {
            yield return Unreadable(file, problem);
            yield break;
        }

        var parser = new VoortgangRowParser(mapping);
        while (true)
        {
            var (record, error) = await ReadRecordAsync(csv, mapping.Encoding, cancellationToken);
            if (error is not null)
            {
                yield return Unreadable(file, error);
                yield break;
            }

            if (record is null)
            {
                yield break;
            }

            if (record.IsBlank)
            {
                continue;
            }

            var location = $"{file.DocumentName}:{record.Lines}";
            if (record.Problem is not null)
            {
                yield return new SourceRejection(location, record.RawText, ReasonCodes.MalformedRecord, $"The record is not valid CSV: {record.Problem}.");
            }
            else if (record.Fields.Count != fieldCount)
            {
                yield return new SourceRejection(
                    location, record.RawText, ReasonCodes.MalformedRecord, $"The record has {record.Fields.Count} fields; the header has {fieldCount}.");
            }
            else
            {
                yield return parser.Parse(new VoortgangRow(mapping, indexes!, record.Fields, location, record.RawText));
            }
        }
    }

    private static async Task<(DelimitedRecord? Record, string? Error)> ReadRecordAsync(DelimitedReader csv, Encoding encoding, CancellationToken cancellationToken)
    {
        try
        {
            return (await csv.ReadAsync(cancellationToken), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, $"the bytes are not {encoding.WebName} text as configured for this aanbieder");
        }
    }

    /// <summary>Why the header cannot be used, or null with the index of every mapped field.</summary>
    private static string? HeaderProblem(
        DelimitedRecord? header,
        AanbiederMapping mapping,
        out Dictionary<string, int>? indexes,
        out int fieldCount)
    {
        indexes = null;
        fieldCount = 0;
        if (header is null || header.IsBlank)
        {
            return "the file is empty (no header row)";
        }

        if (mapping.IsWindows1252 && header.RawText.StartsWith(Utf8BomAs1252, StringComparison.Ordinal))
        {
            return "the file starts with a UTF-8 byte-order mark; the mapping expects windows-1252 text";
        }

        if (header.Problem is not null)
        {
            return $"the header row is not valid CSV: {header.Problem}";
        }

        var fields = header.Fields;

        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++)
        {
            var name = fields[i].Trim();
            if (name.Length > 0 && !byName.TryAdd(name, i) && mapping.Columns.Values.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return $"column '{name}' appears more than once in the header";
            }
        }

        var missing = mapping.Columns.Where(c => !byName.ContainsKey(c.Value)).Select(c => $"'{c.Value}' ({c.Key})").ToList();
        if (missing.Count > 0)
        {
            return $"the header lacks the mapped column(s) {string.Join(", ", missing)} (delimiter '{mapping.Delimiter}')";
        }

        indexes = mapping.Columns.ToDictionary(c => c.Key, c => byName[c.Value], StringComparer.Ordinal);
        fieldCount = fields.Count;
        return null;
    }

    private static DocumentUnreadable Unreadable(VoortgangFile file, string problem) =>
        new(ReasonCodes.UnreadableDocument, $"{file.DocumentName}: {IdentifierMask.Mask(problem)}.");
}

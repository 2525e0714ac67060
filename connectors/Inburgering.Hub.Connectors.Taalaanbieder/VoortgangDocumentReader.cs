using System.Runtime.CompilerServices;
using System.Text;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Text;

namespace Inburgering.Hub.Connectors.Taalaanbieder;

/// <summary>
/// Reads one aanbieder file line by line (constant memory) through its mapping: a record or
/// rejection per data row, or a single <see cref="DocumentUnreadable"/> when the file cannot be read
/// (empty, header without the mapped columns, bytes that are not text in the configured encoding).
/// </summary>
internal static class VoortgangDocumentReader
{
    private const int BufferSize = 64 * 1024;
    private const char Bom = '\uFEFF';

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

        var fields = new List<string>();
        var (headerLine, decodeError) = await ReadLineAsync(reader, cancellationToken);
        var headerProblem = HeaderProblem(headerLine, mapping, fields, out var indexes, out var fieldCount);
        var problem = decodeError ?? headerProblem;
        if (problem is not null)
        {
            yield return Unreadable(file, problem);
            yield break;
        }

        var parser = new VoortgangRowParser(mapping);
        var lineNumber = 1;
        while (true)
        {
            var (line, error) = await ReadLineAsync(reader, cancellationToken);
            lineNumber++;
            if (error is not null)
            {
                yield return Unreadable(file, $"line {lineNumber}: {error}");
                yield break;
            }

            if (line is null)
            {
                yield break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var location = $"{file.DocumentName}:line {lineNumber}";
            if (!DelimitedLine.TrySplit(line, mapping.Delimiter, fields))
            {
                yield return new SourceRejection(location, line, ReasonCodes.MalformedRecord, "The line has unbalanced quotes.");
            }
            else if (fields.Count != fieldCount)
            {
                yield return new SourceRejection(
                    location, line, ReasonCodes.MalformedRecord, $"The line has {fields.Count} fields; the header has {fieldCount}.");
            }
            else
            {
                yield return parser.Parse(new VoortgangRow(mapping, indexes!, fields, location, line));
            }
        }
    }

    private static async Task<(string? Line, string? Error)> ReadLineAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return (await reader.ReadLineAsync(cancellationToken), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, $"the bytes are not {reader.CurrentEncoding.WebName} text as configured for this aanbieder");
        }
    }

    /// <summary>Why the header cannot be used, or null with the index of every mapped field.</summary>
    private static string? HeaderProblem(
        string? headerLine,
        AanbiederMapping mapping,
        List<string> fields,
        out Dictionary<string, int>? indexes,
        out int fieldCount)
    {
        indexes = null;
        fieldCount = 0;
        if (headerLine is not null && headerLine.Length > 0 && headerLine[0] == Bom)
        {
            headerLine = headerLine[1..];
        }

        if (string.IsNullOrWhiteSpace(headerLine))
        {
            return "the file is empty (no header row)";
        }

        if (mapping.IsWindows1252 && headerLine.StartsWith(Utf8BomAs1252, StringComparison.Ordinal))
        {
            return "the file starts with a UTF-8 byte-order mark; the mapping expects windows-1252 text";
        }

        if (!DelimitedLine.TrySplit(headerLine, mapping.Delimiter, fields))
        {
            return "the header row has unbalanced quotes";
        }

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
        new(ReasonCodes.UnreadableDocument, $"{file.DocumentName}: {MessageText.Mask(problem)}.");
}

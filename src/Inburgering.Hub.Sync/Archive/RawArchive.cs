using System.Globalization;
using System.Text;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Configuration;

namespace Inburgering.Hub.Sync.Archive;

/// <summary>
/// The raw archive: every record of every received document, as received but with every 9-digit
/// number masked (no BSN is ever stored), one line per record: <c>location TAB raw</c>. One file per
/// archived document (<see cref="Domain.Operational.SourceFile"/>), so lineage reaches from any
/// canonical row (its source file + location) to its raw record. Beside each file a side index
/// (<c>{id}.idx</c>, one line <c>location TAB byte offset</c> per record) lets a lookup seek to a record
/// instead of reading the file; lookups are batched (<see cref="FindManyAsync"/>: one pass over the index
/// of each document asked for). A document without an index (archived before it existed) is read once
/// per batch. Files are removed after their retention.
/// </summary>
public sealed class RawArchive(SyncOptions options)
{
    private string Root => Path.GetFullPath(options.ArchivePath);

    /// <summary>Appends records of document <paramref name="sourceFileId"/>.</summary>
    public Task AppendAsync(long sourceFileId, IEnumerable<(string Location, string Raw)> records, CancellationToken cancellationToken)
    {
        if (!options.ArchiveRawRecords)
        {
            return Task.CompletedTask;
        }

        // Buffered synchronous writes: one small append per batch, called from the sync engine's own task.
        Directory.CreateDirectory(Root);
        using var stream = new FileStream(PathOf(sourceFileId), FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16);
        using var index = new StreamWriter(
            new FileStream(IndexOf(sourceFileId), FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16), Utf8, 1 << 16);
        var offset = stream.Position;
        foreach (var (location, raw) in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Escape(location);
            var line = Utf8.GetBytes(key + "\t" + Escape(PersonNumbers.Mask(raw)) + "\n");
            stream.Write(line);
            index.Write(key);
            index.Write('\t');
            index.Write(offset.ToString(CultureInfo.InvariantCulture));
            index.Write('\n');
            offset += line.Length;
        }

        return Task.CompletedTask;
    }

    /// <summary>The archived (masked) raw record at <paramref name="location"/>, or null when not archived (any more).</summary>
    public async Task<string?> FindAsync(long sourceFileId, string location, CancellationToken cancellationToken)
    {
        var found = await FindManyAsync([(sourceFileId, location)], cancellationToken);
        return found.GetValueOrDefault((sourceFileId, location));
    }

    /// <summary>
    /// The archived (masked) raw records at the given (document, location) pairs; a pair that is not
    /// archived (any more) is missing from the result. Per document one pass over its side index and one
    /// seek per record (one pass over the document when it has no index). The first record at a location counts.
    /// </summary>
    public async Task<IReadOnlyDictionary<(long SourceFileId, string Location), string>> FindManyAsync(
        IEnumerable<(long SourceFileId, string Location)> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<(long, string), string>();
        foreach (var document in keys.Distinct().GroupBy(k => k.SourceFileId))
        {
            var path = PathOf(document.Key);
            if (!File.Exists(path))
            {
                continue;
            }

            // Escaped location -> location asked for.
            var wanted = document.ToDictionary(k => Escape(k.Location), k => k.Location, StringComparer.Ordinal);
            var offsets = await ReadIndexAsync(document.Key, wanted, cancellationToken);
            using var reader = new StreamReader(path, Utf8);
            foreach (var (key, offset) in offsets)
            {
                reader.BaseStream.Seek(offset, SeekOrigin.Begin);
                reader.DiscardBufferedData();
                if (await reader.ReadLineAsync(cancellationToken) is { } line && line.StartsWith(key + "\t", StringComparison.Ordinal))
                {
                    found[(document.Key, wanted[key])] = Unescape(line[(key.Length + 1)..]);
                    wanted.Remove(key);
                }
            }

            if (wanted.Count == 0)
            {
                continue;
            }

            // No index, or an index that does not match the file: read the document once.
            reader.BaseStream.Seek(0, SeekOrigin.Begin);
            reader.DiscardBufferedData();
            while (wanted.Count > 0 && await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab >= 0 && wanted.Remove(line[..tab], out var location))
                {
                    found[(document.Key, location)] = Unescape(line[(tab + 1)..]);
                }
            }
        }

        return found;
    }

    /// <summary>The byte offsets of the <paramref name="wanted"/> (escaped) locations in the side index of a document; empty without one.</summary>
    private async Task<List<(string Key, long Offset)>> ReadIndexAsync(long sourceFileId, Dictionary<string, string> wanted, CancellationToken cancellationToken)
    {
        var offsets = new List<(string, long)>();
        var path = IndexOf(sourceFileId);
        if (!File.Exists(path))
        {
            return offsets;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new StreamReader(path, Utf8);
        while (seen.Count < wanted.Count && await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            var tab = line.LastIndexOf('\t');
            if (tab > 0 && wanted.ContainsKey(line[..tab]) && seen.Add(line[..tab])
                && long.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                offsets.Add((line[..tab], offset));
            }
        }

        return offsets;
    }

    /// <summary>Removes the archived content of the given documents.</summary>
    public void Delete(IEnumerable<long> sourceFileIds)
    {
        foreach (var id in sourceFileIds)
        {
            File.Delete(PathOf(id));
            File.Delete(IndexOf(id));
        }
    }

    private static readonly UTF8Encoding Utf8 = new(false);

    private string PathOf(long sourceFileId) => Path.Combine(Root, $"{sourceFileId}.txt");

    private string IndexOf(long sourceFileId) => Path.Combine(Root, $"{sourceFileId}.idx");

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Unescape(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i == text.Length - 1)
            {
                sb.Append(text[i]);
                continue;
            }

            sb.Append(text[++i] switch { 't' => '\t', 'r' => '\r', 'n' => '\n', var c => c });
        }

        return sb.ToString();
    }
}

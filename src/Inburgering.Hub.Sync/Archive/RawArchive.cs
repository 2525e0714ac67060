using System.Text;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Configuration;

namespace Inburgering.Hub.Sync.Archive;

/// <summary>
/// The raw archive: every record of every received document, as received but with every 9-digit
/// number masked (no BSN is ever stored), one line per record: <c>location TAB raw</c>. One file per
/// archived document (<see cref="Domain.Operational.SourceFile"/>), so lineage reaches from any
/// canonical row (its source file + location) to its raw record. Files are removed after their retention.
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
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        foreach (var (location, raw) in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Write(Escape(location));
            writer.Write('\t');
            writer.WriteLine(Escape(PersonNumbers.Mask(raw)));
        }

        return Task.CompletedTask;
    }

    /// <summary>The archived (masked) raw record at <paramref name="location"/>, or null when not archived (any more).</summary>
    public async Task<string?> FindAsync(long sourceFileId, string location, CancellationToken cancellationToken)
    {
        var path = PathOf(sourceFileId);
        if (!File.Exists(path))
        {
            return null;
        }

        var key = Escape(location) + "\t";
        using var reader = new StreamReader(path, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                return Unescape(line[key.Length..]);
            }
        }

        return null;
    }

    /// <summary>Removes the archived content of the given documents.</summary>
    public void Delete(IEnumerable<long> sourceFileIds)
    {
        foreach (var id in sourceFileIds)
        {
            File.Delete(PathOf(id));
        }
    }

    private string PathOf(long sourceFileId) => Path.Combine(Root, $"{sourceFileId}.txt");

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

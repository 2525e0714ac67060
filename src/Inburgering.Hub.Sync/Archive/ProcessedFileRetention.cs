using Inburgering.Hub.Connectors.Abstractions.Inbox;
using Inburgering.Hub.Sync.Configuration;
using Inburgering.Hub.Sync.Engine;

namespace Inburgering.Hub.Sync.Archive;

/// <summary>
/// Applies <c>Hub:Sync:Retention</c> to the partner files the inbox connectors moved aside once applied:
/// they hold every BSN of the delivery, so they are kept no longer than the raw archive. For every
/// connector with an <c>InboxPath</c> setting, the folders searched are its <c>ProcessedPath</c> (COA,
/// DUO: default <c>&lt;inbox&gt;/processed</c>) and every folder named <c>processed</c> up to two levels
/// under the inbox (the taalaanbieders' <c>&lt;inbox&gt;/&lt;aanbieder&gt;/processed</c>). A file is removed
/// when its last write (the partner's, a move keeps it) is older than the retention, so it is never kept
/// longer than that after it was written. Files in the inbox itself (not yet applied) are never touched.
/// </summary>
public sealed class ProcessedFileRetention(ConnectorCatalog connectors, SyncOptions options, TimeProvider time)
{
    /// <returns>How many processed files were removed.</returns>
    public int PurgeExpired()
    {
        var cutoff = (time.GetUtcNow() - options.Retention).UtcDateTime;
        var removed = 0;
        foreach (var folder in ProcessedFolders())
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                if (File.GetLastWriteTimeUtc(file) < cutoff)
                {
                    File.Delete(file);
                    removed++;
                }
            }
        }

        return removed;
    }

    /// <summary>The existing processed folders of every connector with an inbox.</summary>
    public IEnumerable<string> ProcessedFolders()
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var connector in connectors.All)
        {
            var settings = connectors.SettingsFor(connector.Manifest.Name);
            var inbox = settings.Get(InboxSettings.InboxPathKey);
            if (string.IsNullOrWhiteSpace(inbox))
            {
                continue;
            }

            folders.Add(Path.GetFullPath(settings.Get(InboxSettings.ProcessedPathKey) ?? Path.Combine(inbox, "processed")));
            if (Directory.Exists(inbox))
            {
                foreach (var dir in Directory.EnumerateDirectories(inbox, "processed", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 1, MatchCasing = MatchCasing.CaseSensitive }))
                {
                    folders.Add(Path.GetFullPath(dir));
                }
            }
        }

        return folders.Where(Directory.Exists);
    }
}

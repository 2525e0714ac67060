using Inburgering.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Archive;

/// <summary>
/// Enforces <c>Hub:Sync:Retention</c>: removes archived raw content of documents past their
/// retention. The document's metadata (name, SHA-256, size, received-at) stays as the lineage anchor.
/// </summary>
public sealed class ArchiveRetention(HubDbContextFactory dbFactory, RawArchive archive, TimeProvider time)
{
    /// <returns>How many documents' raw content was removed.</returns>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = dbFactory.CreateSystem();
        var expired = await db.SourceFiles
            .Where(f => f.RetainUntil != null && f.ArchivePurgedAt == null)
            .Select(f => new { f.Id, f.RetainUntil })
            .ToListAsync(cancellationToken);
        var ids = expired.Where(f => f.RetainUntil < now).Select(f => f.Id).ToList();
        archive.Delete(ids);
        await db.SourceFiles.Where(f => ids.Contains(f.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.ArchivePurgedAt, now), cancellationToken);
        return ids.Count;
    }
}

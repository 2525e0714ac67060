using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tables;

/// <summary>The engine's set-based operations on the table of <typeparamref name="T"/> (one UPDATE each).</summary>
internal class SourcedTable<T> : ISourcedTable
    where T : SourcedRecord
{
    public Task<int> WithdrawUnseenAsync(HubDbContext db, string connector, string stream, long fileId, long runId, CancellationToken ct) =>
        Rows(db, connector, stream)
            .Where(e => !e.IsDeleted && (e.LastSeenFileId == null || e.LastSeenFileId != fileId))
            .ExecuteUpdateAsync(
                s => s.SetProperty(e => e.IsDeleted, true)
                    .SetProperty(e => e.DeletedRunId, runId)
                    .SetProperty(e => e.LastChangedRunId, runId),
                ct);

    public async Task<List<WithdrawalCount>> WithdrawalPreviewAsync(HubDbContext db, string connector, string stream, long fileId, CancellationToken ct)
    {
        var live = Rows(db, connector, stream).Where(e => !e.IsDeleted);
        if (!typeof(IGemeenteScoped).IsAssignableFrom(typeof(T)))
        {
            var total = await live.CountAsync(ct);
            var unseen = total == 0 ? 0 : await live.CountAsync(e => e.LastSeenFileId == null || e.LastSeenFileId != fileId, ct);
            return total == 0 ? [] : [new WithdrawalCount(null, total, unseen)];
        }

        // Counted while the rows stream by, not with GROUP BY: SQLite would sort every live row of the
        // stream for it (a temporary b-tree, in memory with temp_store=MEMORY), so the memory of a
        // snapshot's end would grow with the stream; this holds one counter per gemeente.
        var counts = new Dictionary<string, (int Live, int Unseen)>(StringComparer.Ordinal);
        var withoutGemeente = (Live: 0, Unseen: 0);
        var rows = live
            .Select(e => new { Gemeente = EF.Property<string?>(e, nameof(IGemeenteScoped.GemeenteCode)), Unseen = e.LastSeenFileId == null || e.LastSeenFileId != fileId })
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            var unseen = row.Unseen ? 1 : 0;
            if (row.Gemeente is null)
            {
                withoutGemeente = (withoutGemeente.Live + 1, withoutGemeente.Unseen + unseen);
                continue;
            }

            var (liveCount, unseenCount) = counts.GetValueOrDefault(row.Gemeente);
            counts[row.Gemeente] = (liveCount + 1, unseenCount + unseen);
        }

        var result = counts.Select(c => new WithdrawalCount(c.Key, c.Value.Live, c.Value.Unseen)).ToList();
        if (withoutGemeente.Live > 0)
        {
            result.Add(new WithdrawalCount(null, withoutGemeente.Live, withoutGemeente.Unseen));
        }

        return result;
    }

    public Task<int> DeleteAsync(HubDbContext db, string connector, string stream, string sourceId, long runId, CancellationToken ct) =>
        Rows(db, connector, stream)
            .Where(e => e.SourceId == sourceId && !e.IsDeleted)
            .ExecuteUpdateAsync(
                s => s.SetProperty(e => e.IsDeleted, true)
                    .SetProperty(e => e.DeletedRunId, runId)
                    .SetProperty(e => e.LastChangedRunId, runId),
                ct);

    public Task MarkSeenAsync(HubDbContext db, string connector, string stream, List<string> sourceIds, long fileId, CancellationToken ct) =>
        Rows(db, connector, stream)
            .Where(e => sourceIds.Contains(e.SourceId))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LastSeenFileId, fileId), ct);

    public virtual Task<List<long>> PersonsOfAsync(HubDbContext db, string connector, string stream, long fileId, string? sourceId, CancellationToken ct) =>
        Task.FromResult(new List<long>());

    public virtual Task ReassignPersonAsync(HubDbContext db, long fromId, long intoId, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The live rows <see cref="WithdrawUnseenAsync"/> (<paramref name="sourceId"/> null) or <see cref="DeleteAsync"/> would mark deleted.</summary>
    protected static IQueryable<T> Doomed(HubDbContext db, string connector, string stream, long fileId, string? sourceId) =>
        sourceId is null
            ? Rows(db, connector, stream).Where(e => !e.IsDeleted && (e.LastSeenFileId == null || e.LastSeenFileId != fileId))
            : Rows(db, connector, stream).Where(e => e.SourceId == sourceId && !e.IsDeleted);

    private static IQueryable<T> Rows(HubDbContext db, string connector, string stream) =>
        db.Set<T>().IgnoreQueryFilters().Where(e => e.SourceConnector == connector && e.SourceStream == stream);
}

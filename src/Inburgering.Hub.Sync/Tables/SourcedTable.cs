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

        var groups = await live
            .GroupBy(e => EF.Property<string>(e, nameof(IGemeenteScoped.GemeenteCode)))
            .Select(g => new { g.Key, Live = g.Count(), Unseen = g.Count(e => e.LastSeenFileId == null || e.LastSeenFileId != fileId) })
            .ToListAsync(ct);
        return [.. groups.Select(g => new WithdrawalCount(g.Key, g.Live, g.Unseen))];
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

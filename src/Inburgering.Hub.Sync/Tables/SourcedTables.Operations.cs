using Inburgering.Hub.Data;

namespace Inburgering.Hub.Sync.Tables;

/// <summary>Operations over every table of sourced rows (<see cref="All"/>): snapshot withdrawal, tombstones, seen-marks.</summary>
internal static partial class SourcedTables
{
    /// <summary>
    /// Marks rows as present in the document although this version could not be loaded, so a
    /// snapshot does not withdraw the last good version of a record that is quarantined now.
    /// </summary>
    public static async Task MarkSeenAsync(HubDbContext db, string connector, string stream, List<string> sourceIds, long fileId, CancellationToken ct)
    {
        if (sourceIds.Count == 0)
        {
            return;
        }

        foreach (var table in All)
        {
            await table.MarkSeenAsync(db, connector, stream, sourceIds, fileId, ct);
        }
    }

    /// <summary>
    /// Marks withdrawn every live row of the stream that the snapshot document did not contain; their
    /// persons are added to <paramref name="touched"/> (for the journey projection).
    /// </summary>
    public static async Task<int> WithdrawUnseenAsync(HubDbContext db, string connector, string stream, long fileId, long runId, ISet<long> touched, CancellationToken ct)
    {
        var total = 0;
        foreach (var table in All)
        {
            touched.UnionWith(await table.PersonsOfAsync(db, connector, stream, fileId, sourceId: null, ct));
            total += await table.WithdrawUnseenAsync(db, connector, stream, fileId, runId, ct);
        }

        return total;
    }

    /// <summary>Per gemeente, over every table: the stream's live rows and how many a snapshot withdrawal of <paramref name="fileId"/> would remove.</summary>
    public static async Task<List<WithdrawalCount>> WithdrawalPreviewAsync(HubDbContext db, string connector, string stream, long fileId, CancellationToken ct)
    {
        var counts = new List<WithdrawalCount>();
        foreach (var table in All)
        {
            counts.AddRange(await table.WithdrawalPreviewAsync(db, connector, stream, fileId, ct));
        }

        return [.. counts.GroupBy(c => c.Gemeente).Select(g => new WithdrawalCount(g.Key, g.Sum(c => c.Live), g.Sum(c => c.Unseen)))];
    }

    /// <summary>Marks deleted the live rows of one source record (a tombstone); their persons are added to <paramref name="touched"/>.</summary>
    public static async Task<int> DeleteAsync(HubDbContext db, string connector, string stream, string sourceId, long runId, ISet<long> touched, CancellationToken ct)
    {
        var total = 0;
        foreach (var table in All)
        {
            touched.UnionWith(await table.PersonsOfAsync(db, connector, stream, 0, sourceId, ct));
            total += await table.DeleteAsync(db, connector, stream, sourceId, runId, ct);
        }

        return total;
    }
}

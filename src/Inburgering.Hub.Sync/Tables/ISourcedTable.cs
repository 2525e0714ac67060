using Inburgering.Hub.Data;

namespace Inburgering.Hub.Sync.Tables;

/// <summary>The set-based operations the engine runs on every table of sourced rows.</summary>
internal interface ISourcedTable
{
    /// <summary>Marks withdrawn every live row of the stream that document <paramref name="fileId"/> did not contain.</summary>
    Task<int> WithdrawUnseenAsync(HubDbContext db, string connector, string stream, long fileId, long runId, CancellationToken ct);

    /// <summary>
    /// Per gemeente (null for rows without one) the live rows of the stream and how many of them
    /// <see cref="WithdrawUnseenAsync"/> would withdraw for document <paramref name="fileId"/>.
    /// </summary>
    Task<List<WithdrawalCount>> WithdrawalPreviewAsync(HubDbContext db, string connector, string stream, long fileId, CancellationToken ct);

    /// <summary>Marks deleted the live rows of one source record (a tombstone).</summary>
    Task<int> DeleteAsync(HubDbContext db, string connector, string stream, string sourceId, long runId, CancellationToken ct);

    /// <summary>Marks rows as present in document <paramref name="fileId"/>.</summary>
    Task MarkSeenAsync(HubDbContext db, string connector, string stream, List<string> sourceIds, long fileId, CancellationToken ct);

    /// <summary>
    /// The persons of the live rows that <see cref="WithdrawUnseenAsync"/> (with <paramref name="sourceId"/> null)
    /// or <see cref="DeleteAsync"/> (for <paramref name="sourceId"/>) would mark deleted; empty for rows not about a person.
    /// </summary>
    Task<List<long>> PersonsOfAsync(HubDbContext db, string connector, string stream, long fileId, string? sourceId, CancellationToken ct);

    /// <summary>Re-points the rows of one person to another (a merge); a no-op for rows not about a person.</summary>
    Task ReassignPersonAsync(HubDbContext db, long fromId, long intoId, CancellationToken ct);
}

/// <summary>Live rows of a stream in one gemeente and how many of them a snapshot would withdraw.</summary>
internal sealed record WithdrawalCount(string? Gemeente, int Live, int Unseen);

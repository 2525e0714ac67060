using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Engine;

/// <summary>Operations over every table of sourced rows: snapshot withdrawal and tombstones.</summary>
internal static class SourcedSets
{
    private delegate Task<int> Withdraw(HubDbContext db, string connector, string stream, long fileId, long runId, CancellationToken ct);

    private delegate Task<int> Delete(HubDbContext db, string connector, string stream, string sourceId, long runId, CancellationToken ct);

    private static readonly Withdraw[] Withdrawals =
    [
        WithdrawUnseen<Koppeling>, WithdrawUnseen<Taakstelling>, WithdrawUnseen<Inburgeringsplicht>,
        WithdrawUnseen<PlichtGemeente>, WithdrawUnseen<DuoMelding>, WithdrawUnseen<Examenonderdeel>,
        WithdrawUnseen<TermijnVerlenging>, WithdrawUnseen<Boete>, WithdrawUnseen<BredeIntake>,
        WithdrawUnseen<LeerrouteDeelname>, WithdrawUnseen<Voortgangsmeting>, WithdrawUnseen<Pvt>,
        WithdrawUnseen<Uitkering>, WithdrawUnseen<Ontzorgtraject>, WithdrawUnseen<MapTraject>,
        WithdrawUnseen<Participatieactiviteit>,
    ];

    private static readonly Delete[] Deletions =
    [
        DeleteOne<Koppeling>, DeleteOne<Taakstelling>, DeleteOne<Inburgeringsplicht>, DeleteOne<PlichtGemeente>,
        DeleteOne<DuoMelding>, DeleteOne<Examenonderdeel>, DeleteOne<TermijnVerlenging>, DeleteOne<Boete>,
        DeleteOne<BredeIntake>, DeleteOne<LeerrouteDeelname>, DeleteOne<Voortgangsmeting>, DeleteOne<Pvt>,
        DeleteOne<Uitkering>, DeleteOne<Ontzorgtraject>, DeleteOne<MapTraject>, DeleteOne<Participatieactiviteit>,
    ];

    private delegate Task<int> MarkSeen(HubDbContext db, string connector, string stream, List<string> sourceIds, long fileId, CancellationToken ct);

    private static readonly MarkSeen[] Markers =
    [
        Mark<Koppeling>, Mark<Taakstelling>, Mark<Inburgeringsplicht>, Mark<PlichtGemeente>, Mark<DuoMelding>,
        Mark<Examenonderdeel>, Mark<TermijnVerlenging>, Mark<Boete>, Mark<BredeIntake>, Mark<LeerrouteDeelname>,
        Mark<Voortgangsmeting>, Mark<Pvt>, Mark<Uitkering>, Mark<Ontzorgtraject>, Mark<MapTraject>,
        Mark<Participatieactiviteit>,
    ];

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

        foreach (var mark in Markers)
        {
            await mark(db, connector, stream, sourceIds, fileId, ct);
        }
    }

    /// <summary>Marks withdrawn every live row of the stream that the snapshot document did not contain.</summary>
    public static async Task<int> WithdrawUnseenAsync(HubDbContext db, string connector, string stream, long fileId, long runId, CancellationToken ct)
    {
        var total = 0;
        foreach (var withdraw in Withdrawals)
        {
            total += await withdraw(db, connector, stream, fileId, runId, ct);
        }

        return total;
    }

    /// <summary>Marks deleted the live rows of one source record (a tombstone).</summary>
    public static async Task<int> DeleteAsync(HubDbContext db, string connector, string stream, string sourceId, long runId, CancellationToken ct)
    {
        var total = 0;
        foreach (var delete in Deletions)
        {
            total += await delete(db, connector, stream, sourceId, runId, ct);
        }

        return total;
    }

    private static Task<int> WithdrawUnseen<T>(HubDbContext db, string connector, string stream, long fileId, long runId, CancellationToken ct)
        where T : SourcedRecord =>
        db.Set<T>().IgnoreQueryFilters()
            .Where(e => e.SourceConnector == connector && e.SourceStream == stream && !e.IsDeleted
                && (e.LastSeenFileId == null || e.LastSeenFileId != fileId))
            .ExecuteUpdateAsync(
                s => s.SetProperty(e => e.IsDeleted, true)
                    .SetProperty(e => e.DeletedRunId, runId)
                    .SetProperty(e => e.LastChangedRunId, runId),
                ct);

    private static Task<int> DeleteOne<T>(HubDbContext db, string connector, string stream, string sourceId, long runId, CancellationToken ct)
        where T : SourcedRecord =>
        db.Set<T>().IgnoreQueryFilters()
            .Where(e => e.SourceConnector == connector && e.SourceStream == stream && e.SourceId == sourceId && !e.IsDeleted)
            .ExecuteUpdateAsync(
                s => s.SetProperty(e => e.IsDeleted, true)
                    .SetProperty(e => e.DeletedRunId, runId)
                    .SetProperty(e => e.LastChangedRunId, runId),
                ct);

    private static Task<int> Mark<T>(HubDbContext db, string connector, string stream, List<string> sourceIds, long fileId, CancellationToken ct)
        where T : SourcedRecord =>
        db.Set<T>().IgnoreQueryFilters()
            .Where(e => e.SourceConnector == connector && e.SourceStream == stream && sourceIds.Contains(e.SourceId))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LastSeenFileId, fileId), ct);
}

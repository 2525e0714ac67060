using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Journey;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Sync.Writers;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Journey;

/// <summary>
/// Keeps the journey projection (<see cref="InburgeraarMijlpaal"/>, table <c>inburgeraar_mijlpalen</c>, and
/// <see cref="MijlpaalGemeente"/>, the gemeenten of persons whose rows span several) equal to what
/// <see cref="MijlpaalAfleiding"/> derives from the canonical rows. The sync engine calls
/// <see cref="RefreshAsync"/> inside the transaction that changes a person's rows (so the projection is
/// never stale and a rolled-back batch leaves it untouched); <see cref="RebuildAsync"/> derives it for
/// every person (after a migration that changes it, or to check it). Cost at ingest, per batch for the persons it touched: two DELETEs, the look-up of who has a doelbinding,
/// the two derivation statements for those and the one gehuisvest statement for the others, one grouping
/// of the persons' gemeenten (in the database), plus the inserted milestones.
/// </summary>
public static class JourneyProjection
{
    /// <summary>Persons per statement of a rebuild (bounds memory: their milestones are held at once).</summary>
    public const int RebuildChunk = 20_000;

    /// <summary>
    /// Replaces the milestones of <paramref name="personIds"/> by the ones derived from their current rows,
    /// on <paramref name="db"/>'s connection and current transaction. <paramref name="db"/> must be a
    /// system (unrestricted) context.
    /// </summary>
    /// <returns>The milestones written.</returns>
    public static async Task<int> RefreshAsync(HubDbContext db, IReadOnlyCollection<long> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(personIds);
        if (personIds.Count == 0)
        {
            return 0;
        }

        var written = 0;
        foreach (var chunk in personIds.Distinct().Chunk(RebuildChunk))
        {
            long[] ids = [.. chunk];
            await db.InburgeraarMijlpalen.IgnoreQueryFilters().Where(m => EF.Parameter(ids).Contains(m.InburgeraarId)).ExecuteDeleteAsync(cancellationToken);
            await db.MijlpaalGemeenten.IgnoreQueryFilters().Where(m => EF.Parameter(ids).Contains(m.InburgeraarId)).ExecuteDeleteAsync(cancellationToken);
            // Persons without a doelbinding (e.g. known to COA only) can only have gehuisvest milestones: one
            // small statement for them instead of the whole derivation (MijlpaalAfleiding.MetDoelbinding).
            var met = await MijlpaalAfleiding.MetDoelbinding(db, MijlpaalPersonen.Lijst(ids)).ToListAsync(cancellationToken);
            var zonder = ids.Except(met).ToList();
            List<IQueryable<MijlpaalFeit>> statements = [];
            if (met.Count > 0)
            {
                statements.AddRange(MijlpaalAfleiding.Afleiden(db, MijlpaalPersonen.Lijst(met)));
            }

            if (zonder.Count > 0)
            {
                statements.Add(MijlpaalAfleiding.Gehuisvest(db, MijlpaalPersonen.Lijst(zonder)));
            }

            written += await InsertAsync(db, statements, MijlpaalPersonen.Lijst(ids), cancellationToken);
        }

        return written;
    }

    /// <summary>
    /// Derives the projection for every person from the canonical rows, replacing what is there, in one
    /// transaction (the caller's, or one of its own), followed by planner statistics.
    /// </summary>
    /// <returns>The milestones written.</returns>
    public static async Task<int> RebuildAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.InburgeraarMijlpalen.IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
            await db.MijlpaalGemeenten.IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
            var max = await db.Inburgeraars.IgnoreQueryFilters().MaxAsync(i => (long?)i.Id, cancellationToken) ?? 0;
            var written = 0;
            for (var van = 0L; van <= max; van += RebuildChunk)
            {
                var personen = MijlpaalPersonen.Reeks(van, van + RebuildChunk);
                written += await InsertAsync(db, MijlpaalAfleiding.Afleiden(db, personen), personen, cancellationToken);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Writes the milestones of <paramref name="statements"/> and the spread gemeenten of <paramref name="personen"/>.
    /// The gemeenten are grouped in the database: only the (rare) persons whose rows span several gemeenten
    /// have theirs read and written.
    /// </summary>
    private static async Task<int> InsertAsync(HubDbContext db, IEnumerable<IQueryable<MijlpaalFeit>> statements, MijlpaalPersonen personen, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var statement in statements)
        {
            var feiten = await statement.AsNoTracking().ToListAsync(cancellationToken);
            var rows = feiten.ConvertAll(f => new InburgeraarMijlpaal
            {
                InburgeraarId = f.InburgeraarId,
                GemeenteCode = f.GemeenteCode,
                Datum = f.Datum,
                Cel = f.Cel,
                Sleutel = f.Sleutel,
            });
            await BulkInsert.InsertAsync(db, rows, cancellationToken);
            written += rows.Count;
        }

        // Only persons whose rows span gemeenten: every other person's milestones are the same in every view.
        var verspreid = await MijlpaalAfleiding.Gemeenten(db, personen)
            .GroupBy(g => g.InburgeraarId)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
        if (verspreid.Count > 0)
        {
            var gemeenten = await MijlpaalAfleiding.Gemeenten(db, MijlpaalPersonen.Lijst(verspreid)).AsNoTracking().ToListAsync(cancellationToken);
            await BulkInsert.InsertAsync(db, gemeenten, cancellationToken);
        }

        return written;
    }
}

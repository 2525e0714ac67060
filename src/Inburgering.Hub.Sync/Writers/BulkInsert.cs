using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Providers;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>Inserts new rows through the context's provider (<see cref="IDatabaseProvider.BulkInsertAsync"/>): EF's SaveChanges is far too slow for loads of a million rows.</summary>
internal static class BulkInsert
{
    public static Task InsertAsync<T>(HubDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class =>
        rows.Count == 0 ? Task.CompletedTask : db.DatabaseProvider().BulkInsertAsync(db, rows, cancellationToken);
}

using Inburgering.Hub.Data;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>
/// Inserts new rows with linq2db BulkCopy (multi-row INSERTs) on the context's own connection and
/// transaction: EF's SaveChanges is far too slow for loads of a million rows. The rows keep the EF
/// model's mapping (value converters included). On PostgreSQL (and any other server engine) these are
/// multi-row INSERTs of <see cref="BulkCopyOptions.MaxBatchSize"/> rows inside the batch's transaction.
/// </summary>
internal static class BulkInsert
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    private static readonly BulkCopyOptions Options = new() { BulkCopyType = BulkCopyType.MultipleRows, MaxBatchSize = 500 };

    static BulkInsert() => LinqToDBForEFTools.Initialize();

    public static async Task InsertAsync<T>(HubDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (db.Database.ProviderName == SqliteProvider)
        {
            await PreparedInsert<T>.InsertAsync(db, rows, cancellationToken);
            return;
        }

        await db.BulkCopyAsync(Options, rows, cancellationToken);
    }
}

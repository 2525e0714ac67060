using System.Globalization;
using System.Runtime.CompilerServices;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Data.Providers;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tests.Engine;

/// <summary>
/// What a large load does besides writing its rows: planner statistics refreshed while it grows the
/// tables (not only at its end), and on SQLite the write-ahead log checkpointed beside the writer instead
/// of inside its commits.
/// </summary>
public sealed class LargeLoadTests
{
    /// <summary>
    /// On SQLite the statistics come at the run's end only (PostgreSQL refreshes them during the load:
    /// <c>EngineTests</c> of <c>Inburgering.Hub.PostgreSql.Tests</c>): without statistics SQLite's planner looks
    /// rows up by index, and a pooled connection would not read refreshed statistics again.
    /// </summary>
    [Fact]
    public async Task On_sqlite_planner_statistics_come_with_the_end_of_the_load()
    {
        await using var hub = await HubTestHost.StartAsync(
            batchSize: 50,
            overrides: new Dictionary<string, string?> { ["Hub:Sync:AnalyzeAfterRows"] = "50" });
        long? koppelingenSeenMidRun = -1;
        hub.Connector.Script(ScriptedConnector.Snapshot, (_, ct) => TwoDocumentsAsync(hub, rows => koppelingenSeenMidRun = rows, ct));

        var run = await hub.RunAsync();

        Assert.Equal(SyncRunStatus.Succeeded, run.Status);
        Assert.Equal(500, run.Inserted);
        Assert.Null(koppelingenSeenMidRun);
        Assert.Equal(500, await KoppelingenStatisticsAsync(hub));
    }

    [Fact]
    public async Task A_sync_batch_leaves_checkpointing_the_write_ahead_log_to_the_background()
    {
        await using var hub = await HubTestHost.StartAsync(batchSize: 50);
        var run = await hub.RunSnapshotAsync(Coa.Document("coa-koppelingen-20240101.csv", [.. Records(0, 400)]));
        Assert.Equal(SyncRunStatus.Succeeded, run.Status);

        var checkpoint = SqliteBackgroundCheckpoint.For(hub.ConnectionString);
        await checkpoint.IdleAsync();
        Assert.True(checkpoint.Completed >= 1, $"background checkpoints: {checkpoint.Completed}");

        await using var db = hub.System();
        Assert.Equal(400, await db.Koppelingen.CountAsync());
        Assert.Equal(400, await db.Inburgeraars.CountAsync());
    }

    [Fact]
    public async Task Only_the_bulk_writes_connection_checkpoints_late_with_a_smaller_cache_until_it_is_opened_again()
    {
        // Pooled, as in production: the second context gets the first one's connection back from the pool.
        var folder = Path.Combine(Path.GetTempPath(), "inburgering-hub-sync-tests", Guid.NewGuid().ToString("N"));
        await using var hub = await HubTestHost.StartAsync(
            folder: folder,
            overrides: new Dictionary<string, string?> { ["Hub:Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "hub.db")}" });
        await using (var db = hub.System())
        {
            await db.Database.OpenConnectionAsync();
            Assert.Equal(1000, await AutocheckpointAsync(db));
            await db.DatabaseProvider().BeginBulkWriteAsync(db, CancellationToken.None);
            Assert.Equal(SqliteDatabaseProvider.BulkWriteCheckpointPages, await AutocheckpointAsync(db));
            Assert.Equal(-16384, await PragmaAsync(db, "cache_size"));
            await db.Database.ExecuteSqlRawAsync("CREATE TEMP TABLE same_connection (x INTEGER)");
        }

        await using var next = hub.System();
        await next.Database.OpenConnectionAsync();
        await using (var command = next.Database.GetDbConnection().CreateCommand())
        {
            command.CommandText = "SELECT COUNT(*) FROM temp.sqlite_master WHERE name = 'same_connection'";
            Assert.Equal(1L, await command.ExecuteScalarAsync());
        }

        Assert.Equal(1000, await AutocheckpointAsync(next));
        Assert.Equal(-32768, await PragmaAsync(next, "cache_size"));
    }

    private static Task<long> AutocheckpointAsync(Data.HubDbContext db) => PragmaAsync(db, "wal_autocheckpoint");

    private static async Task<long> PragmaAsync(Data.HubDbContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + pragma + ";";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static IEnumerable<SourceRecord> Records(int from, int count) =>
        Enumerable.Range(from, count).Select(n => Coa.Koppeling(
            $"K-{n.ToString("D5", CultureInfo.InvariantCulture)}",
            bsn: null,
            vNummer: (2_000_000_000L + n).ToString(CultureInfo.InvariantCulture),
            huisvestingsdatum: new DateOnly(2024, 2, 1),
            line: n + 2));

    /// <summary>Two documents of 250 records; between them (the first committed, the connector resumed) <paramref name="probe"/> gets the statistics' row count.</summary>
    private static async IAsyncEnumerable<SourceMessage> TwoDocumentsAsync(HubTestHost hub, Action<long?> probe, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var message in Coa.Document("week-1.csv", [.. Records(0, 250)]))
        {
            yield return message;
        }

        probe(await KoppelingenStatisticsAsync(hub));
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var message in Coa.Document("week-2.csv", [.. Records(0, 500)]))
        {
            yield return message;
        }
    }

    /// <summary>The row count SQLite's planner statistics give for koppelingen, or null without statistics.</summary>
    private static async Task<long?> KoppelingenStatisticsAsync(HubTestHost hub)
    {
        await using var connection = new SqliteConnection(hub.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'";
        if ((long)(await command.ExecuteScalarAsync())! == 0)
        {
            return null;
        }

        command.CommandText = "SELECT stat FROM sqlite_stat1 WHERE tbl = 'koppelingen' AND idx = 'IX_koppelingen_SourceConnector_SourceStream_SourceId'";
        return await command.ExecuteScalarAsync() is string stat
            ? long.Parse(stat.Split(' ')[0], CultureInfo.InvariantCulture)
            : null;
    }
}

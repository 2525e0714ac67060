using System.Runtime.CompilerServices;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Data.Providers;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tests.Engine;

/// <summary>
/// The engine reads a connector ahead of its writes (validation, pseudonyms, mapping and content hashes
/// on a task of their own) and inserts new persons with their keys returned: the same rows, and a
/// connector is never resumed past a document before that document is committed.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ReadAheadTests
{
    [Fact]
    public async Task A_connector_resumes_after_a_completed_document_only_once_it_is_committed()
    {
        await using var hub = await HubTestHost.StartAsync();
        var seen = new List<(string? State, int Koppelingen)>();
        hub.Connector.Script(ScriptedConnector.Snapshot, (_, ct) => ObservingAfterEachDocument(hub, seen, ct));

        var run = await hub.RunAsync();

        Assert.Equal(SyncRunStatus.Succeeded, run.Status);
        Assert.Equal([("doc-1", 2), ("doc-2", 3)], seen);
    }

    [Fact]
    public async Task Several_batches_read_ahead_load_every_row_once_and_quarantine_the_same_records()
    {
        await using var hub = await HubTestHost.StartAsync(batchSize: 7);
        var records = new List<SourceMessage>();
        var bsns = ValidBsns().Take(40).ToList();
        for (var n = 0; n < bsns.Count; n++)
        {
            records.Add(Coa.Koppeling($"K-{n}", bsns[n], line: n + 2));
        }

        records.Add(Coa.Koppeling("K-bad-gemeente", null, vNummer: "1000000001", gemeente: "GM9999", line: 50));
        records.Add(Coa.Koppeling("K-bad-code", null, vNummer: "1000000002", gezinsrol: "ONBEKEND", line: 51));
        records.Add(Coa.Koppeling("K-3", bsns[3], line: 52));

        var first = await hub.RunSnapshotAsync(Coa.Document("doc-1", [.. records]));

        Assert.Equal(SyncRunStatus.PartiallySucceeded, first.Status);
        Assert.Equal(40, first.Inserted);
        Assert.Equal(3, first.Quarantined);
        await using (var db = hub.System())
        {
            Assert.Equal(40, await db.Koppelingen.CountAsync());
            Assert.Equal(40, await db.Inburgeraars.CountAsync());
            var pseudonyms = await db.Inburgeraars.Select(i => new { i.Id, i.Pseudoniem }).ToDictionaryAsync(i => i.Pseudoniem!, i => i.Id);
            var koppelingen = await db.Koppelingen.ToDictionaryAsync(k => k.SourceId, k => k.InburgeraarId);
            for (var n = 0; n < bsns.Count; n++)
            {
                Assert.Equal(pseudonyms[hub.Pseudonymizer.ForBsn(bsns[n])], koppelingen[$"K-{n}"]);
            }

            Assert.Equal(
                ["DUPLICATE_ID", "UNKNOWN_CODE", "UNKNOWN_GEMEENTE"],
                await db.QuarantineRecords.OrderBy(q => q.ReasonCode).Select(q => q.ReasonCode).ToListAsync());
        }

        // The same rows again in another document: unchanged by their content hashes.
        var second = await hub.RunSnapshotAsync(Coa.Document("doc-2", [.. records.Take(40)]));
        Assert.Equal(0, second.Inserted);
        Assert.Equal(0, second.Updated);
        Assert.Equal(40, second.Unchanged);
    }

    [Fact]
    public async Task The_sqlite_keyed_insert_sets_the_ids_the_rows_were_stored_with()
    {
        await using var hub = await HubTestHost.StartAsync();
        await using var db = hub.System();
        await using var tx = await db.Database.BeginTransactionAsync();
        var persons = Enumerable.Range(1, 5)
            .Select(n => new Inburgeraar { VNummerPseudoniem = $"vnr-{n}", GemeenteCode = "GM0405", FirstSeenRunId = 1, LastChangedRunId = 1 })
            .ToList();

        var keyed = await db.DatabaseProvider().BulkInsertWithKeysAsync(db, persons, CancellationToken.None);
        await tx.CommitAsync();

        Assert.True(keyed);
        var stored = await db.Inburgeraars.AsNoTracking().ToDictionaryAsync(i => i.VNummerPseudoniem!, i => i.Id);
        Assert.Equal(5, stored.Count);
        Assert.All(persons, p => Assert.Equal(stored[p.VNummerPseudoniem!], p.Id));
        Assert.Equal(5, persons.Select(p => p.Id).Distinct().Count());
    }

    /// <summary>Elfproef-valid BSNs, in order.</summary>
    private static IEnumerable<string> ValidBsns()
    {
        for (var prefix = 20_000_000; ; prefix++)
        {
            var sum = 0;
            for (int p = prefix, weight = 2; weight <= 9; weight++, p /= 10)
            {
                sum += p % 10 * weight;
            }

            if (sum % 11 < 10)
            {
                yield return string.Concat(prefix.ToString(System.Globalization.CultureInfo.InvariantCulture), (sum % 11).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static async IAsyncEnumerable<SourceMessage> ObservingAfterEachDocument(
        HubTestHost hub,
        List<(string? State, int Koppelingen)> seen,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var bsns = ValidBsns().Take(3).ToList();
        foreach (var message in Coa.Document("doc-1", Coa.Koppeling("K-1", bsns[0]), Coa.Koppeling("K-2", bsns[1])))
        {
            yield return message;
        }

        seen.Add(await ObserveAsync(hub, cancellationToken));
        foreach (var message in Coa.Document("doc-2", Coa.Koppeling("K-1", bsns[0]), Coa.Koppeling("K-2", bsns[1]), Coa.Koppeling("K-3", bsns[2])))
        {
            yield return message;
        }

        seen.Add(await ObserveAsync(hub, cancellationToken));
    }

    private static async Task<(string? State, int Koppelingen)> ObserveAsync(HubTestHost hub, CancellationToken cancellationToken)
    {
        await using var db = hub.System();
        return (
            await db.ConnectorStates.Select(s => s.State).SingleOrDefaultAsync(cancellationToken),
            await db.Koppelingen.CountAsync(cancellationToken));
    }
}

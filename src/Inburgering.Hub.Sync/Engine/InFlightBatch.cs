using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Sync.Writers;

namespace Inburgering.Hub.Sync.Engine;

/// <summary>
/// A batch written on a connection of its own beside the next one (<see cref="Configuration.SyncOptions.BatchesInFlight"/>),
/// with what it claims: the persons of its records (their pseudonymous keys) and its source ids. The next
/// batch goes ahead beside it only when it claims none of the same (else it waits for this one's commit);
/// it orders its raw-archive lines after <see cref="Archived"/> and derives its journey projection and commits
/// only after <see cref="Committed"/>, so batches commit in document order, a projection is derived from the
/// rows the batches before it committed, and a failed batch takes every later one down with it.
/// </summary>
internal sealed class InFlightBatch
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sourceIds = new(StringComparer.Ordinal);

    private InFlightBatch()
    {
    }

    /// <summary>
    /// True when what the batch touches cannot be told from its records: one of them is a tombstone, has no
    /// writer, or has a writer whose records refer to other records' rows (<see cref="IRecordWriter.Independent"/>).
    /// Such a batch is written alone: the batch after it waits for its commit.
    /// </summary>
    public bool Whole { get; private set; }

    /// <summary>Completes when the batch's raw-archive lines are appended (or the batch failed before).</summary>
    public TaskCompletionSource Archived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The batch's write and commit; faults when the batch failed.</summary>
    public Task Committed { get; set; } = Task.CompletedTask;

    /// <summary>What <paramref name="batch"/> claims; <paramref name="writerFor"/> gives a record type's writer (null: none).</summary>
    public static InFlightBatch Of(StreamBatch batch, Func<Type, IRecordWriter?> writerFor)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var claims = new InFlightBatch { Whole = batch.Tombstones.Count > 0 };
        foreach (var record in batch.Records)
        {
            claims._sourceIds.Add(record.SourceId);
            if (writerFor(record.Data.GetType()) is not { Independent: true } || !batch.Prepared.TryGetValue(record, out var prepared))
            {
                claims.Whole = true;
            }
            else if (prepared.Key is { } key)
            {
                claims.AddKey(key.BsnPseudoniem);
                claims.AddKey(key.VNummerPseudoniem);
            }
        }

        foreach (var rejection in batch.Rejections)
        {
            if (rejection.SourceId is { } id)
            {
                claims._sourceIds.Add(id);
            }
        }

        return claims;
    }

    /// <summary>True when this batch and <paramref name="next"/> may touch the same rows: written one after the other.</summary>
    public bool Overlaps(InFlightBatch next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return Whole || next.Whole || _keys.Overlaps(next._keys) || _sourceIds.Overlaps(next._sourceIds);
    }

    /// <summary>True when <paramref name="person"/> (as stored before this batch) carries a key this batch claims.</summary>
    public bool Holds(Inburgeraar person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return (person.Pseudoniem is { } bsn && _keys.Contains(bsn)) || (person.VNummerPseudoniem is { } vnr && _keys.Contains(vnr));
    }

    private void AddKey(string? key)
    {
        if (key is not null)
        {
            _keys.Add(key);
        }
    }
}

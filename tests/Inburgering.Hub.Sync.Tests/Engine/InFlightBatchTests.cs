using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Sync.Engine;
using Inburgering.Hub.Sync.Persons;
using Inburgering.Hub.Sync.Tests.Support;
using Inburgering.Hub.Sync.Writers;

namespace Inburgering.Hub.Sync.Tests.Engine;

/// <summary>
/// What a batch claims (<see cref="InFlightBatch"/>): two batches are written side by side only when no
/// person key and no source id is in both, and neither holds a record whose rows cannot be told from it.
/// </summary>
public sealed class InFlightBatchTests
{
    [Fact]
    public void Batches_of_other_persons_and_source_ids_go_side_by_side()
    {
        var first = Claims(Record("K-1", bsn: "b1", vnr: "v1"), Record("K-2", bsn: null, vnr: "v2"));
        var second = Claims(Record("K-3", bsn: "b3", vnr: null), Record("K-4", bsn: null, vnr: "v4"));

        Assert.False(first.Whole);
        Assert.False(first.Overlaps(second));
        Assert.False(second.Overlaps(first));
    }

    [Theory]
    [InlineData("K-9", "b1", null)]
    [InlineData("K-9", null, "v2")]
    [InlineData("K-2", "b9", "v9")]
    public void A_shared_person_key_or_source_id_puts_the_second_batch_after_the_first(string id, string? bsn, string? vnr)
    {
        var first = Claims(Record("K-1", bsn: "b1", vnr: "v1"), Record("K-2", bsn: null, vnr: "v2"));
        var second = Claims(Record(id, bsn, vnr));

        Assert.True(first.Overlaps(second));
    }

    [Fact]
    public void A_refused_record_claims_its_source_id()
    {
        var first = Claims(Record("K-1", bsn: "b1", vnr: null));
        var batch = new StreamBatch();
        batch.Rejections.Add(new SourceRejection("line 9", "raw", ReasonCodes.InvalidValue, "unreadable", SourceId: "K-1"));

        Assert.True(first.Overlaps(InFlightBatch.Of(batch, _ => new Writer(independent: true))));
    }

    [Fact]
    public void A_tombstone_or_a_record_that_refers_to_other_rows_makes_the_batch_go_alone()
    {
        var other = Claims(Record("K-1", bsn: "b1", vnr: null));
        var tombstones = new StreamBatch();
        tombstones.Tombstones.Add(new SourceTombstone("K-7", "item K-7"));
        var dependent = new StreamBatch();
        var record = Record("K-8", bsn: "b8", vnr: null);
        dependent.Records.Add(record.Source);
        dependent.Prepared[record.Source] = record.Prepared;
        var unprepared = new StreamBatch();
        unprepared.Records.Add(record.Source);

        Assert.True(InFlightBatch.Of(tombstones, _ => new Writer(independent: true)).Whole);
        Assert.True(InFlightBatch.Of(dependent, _ => new Writer(independent: false)).Whole);
        Assert.True(InFlightBatch.Of(dependent, _ => null).Whole);
        Assert.True(InFlightBatch.Of(unprepared, _ => new Writer(independent: true)).Whole);
        Assert.True(other.Overlaps(InFlightBatch.Of(tombstones, _ => new Writer(independent: true))));
    }

    [Fact]
    public void A_stored_person_is_held_by_a_batch_that_claims_any_of_its_keys()
    {
        var first = Claims(Record("K-1", bsn: "b1", vnr: null), Record("K-2", bsn: null, vnr: "v2"));

        Assert.True(first.Holds(new Inburgeraar { Pseudoniem = "b1", VNummerPseudoniem = "v-other" }));
        Assert.True(first.Holds(new Inburgeraar { Pseudoniem = null, VNummerPseudoniem = "v2" }));
        Assert.False(first.Holds(new Inburgeraar { Pseudoniem = "b-other", VNummerPseudoniem = "v-other" }));
    }

    private static (SourceRecord Source, PreparedRecord Prepared) Record(string id, string? bsn, string? vnr) =>
        (Coa.Koppeling(id, TestBsns.A), new PreparedRecord(null, new PersonKey(bsn, vnr), null, null));

    private static InFlightBatch Claims(params (SourceRecord Source, PreparedRecord Prepared)[] records)
    {
        var batch = new StreamBatch();
        foreach (var (source, prepared) in records)
        {
            batch.Records.Add(source);
            batch.Prepared[source] = prepared;
        }

        return InFlightBatch.Of(batch, _ => new Writer(independent: true));
    }

    private sealed class Writer(bool independent) : IRecordWriter
    {
        public Type RecordType => typeof(object);

        public bool Independent => independent;

        public Task WriteAsync(WriteContext context, IReadOnlyList<SourceRecord> records, WriteOutcome outcome, CancellationToken cancellationToken, IReadOnlyList<PersonKey?>? knownKeys = null) =>
            throw new NotSupportedException("Only its independence is asked.");
    }
}

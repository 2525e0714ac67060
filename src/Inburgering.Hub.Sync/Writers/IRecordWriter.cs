using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Configuration;
using Inburgering.Hub.Sync.Persons;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>Validates, maps and upserts the records of one <see cref="IngestRecord"/> type.</summary>
internal interface IRecordWriter
{
    Type RecordType { get; }

    /// <summary>
    /// True when each record writes only the row of its own source id and the person of its own key (no
    /// record refers to another record's row, as a DUO correction or a voortgang line does): batches of such
    /// records that claim different persons and source ids can be written side by side
    /// (<see cref="Configuration.SyncOptions.BatchesInFlight"/>). False by default.
    /// </summary>
    bool Independent => false;

    /// <summary>
    /// The database-free part of writing <paramref name="record"/> (validation, person key, mapping,
    /// content hash), computed ahead of its batch and thread-safe; null when this writer does all its
    /// work in <see cref="WriteAsync"/>. <see cref="WriteAsync"/> uses it for a record found in
    /// <see cref="WriteContext.Prepared"/>.
    /// </summary>
    PreparedRecord? Prepare(SourceRecord record, IPseudonymizer pseudonymizer, GemeenteCatalog gemeenten) => null;

    /// <summary>
    /// Writes <paramref name="records"/>. With <paramref name="knownKeys"/> (replay from quarantine)
    /// the person keys are taken as given instead of being derived from the records' BSNs.
    /// </summary>
    Task WriteAsync(
        WriteContext context,
        IReadOnlyList<SourceRecord> records,
        WriteOutcome outcome,
        CancellationToken cancellationToken,
        IReadOnlyList<PersonKey?>? knownKeys = null);
}

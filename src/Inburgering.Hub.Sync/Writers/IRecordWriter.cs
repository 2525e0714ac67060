using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Sync.Persons;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>Validates, maps and upserts the records of one <see cref="IngestRecord"/> type.</summary>
internal interface IRecordWriter
{
    Type RecordType { get; }

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

using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>Validates, maps and upserts the records of one <see cref="IngestRecord"/> type.</summary>
internal interface IRecordWriter
{
    Type RecordType { get; }

    Task WriteAsync(WriteContext context, IReadOnlyList<SourceRecord> records, WriteOutcome outcome, CancellationToken cancellationToken);
}

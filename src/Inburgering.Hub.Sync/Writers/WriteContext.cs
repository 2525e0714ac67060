using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Configuration;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>
/// Everything a writer needs to store one batch of one stream. With <c>RejectDuplicates</c> a source
/// id may occur once per document (off for quarantine replay). Writers add the persons whose rows they
/// change to <see cref="TouchedPersons"/>; the batch's transaction refreshes their journey projection.
/// </summary>
internal sealed record WriteContext(
    HubDbContext Db,
    long RunId,
    string Connector,
    string Stream,
    long? SourceFileId,
    IPseudonymizer Pseudonymizer,
    GemeenteCatalog Gemeenten,
    bool RejectDuplicates = true)
{
    /// <summary>
    /// Records of the batch whose database-free part was done ahead (<see cref="IRecordWriter.Prepare"/>),
    /// by reference; a record not in it is prepared by the writer itself.
    /// </summary>
    public IReadOnlyDictionary<SourceRecord, PreparedRecord>? Prepared { get; init; }

    /// <summary>
    /// The batch before this one when it is still being written beside it (<see cref="Engine.InFlightBatch"/>),
    /// or null. A person found here that this earlier batch claims is looked up again after its commit.
    /// </summary>
    public Engine.InFlightBatch? Before { get; init; }

    /// <summary>Persons (inburgeraar ids) whose canonical rows this batch inserted, changed, deleted or moved.</summary>
    public HashSet<long> TouchedPersons { get; } = [];
}

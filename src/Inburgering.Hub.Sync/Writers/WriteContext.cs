using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Configuration;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>
/// Everything a writer needs to store one batch of one stream. With <c>RejectDuplicates</c> a source
/// id may occur once per document (off for quarantine replay).
/// </summary>
internal sealed record WriteContext(
    HubDbContext Db,
    long RunId,
    string Connector,
    string Stream,
    long? SourceFileId,
    IPseudonymizer Pseudonymizer,
    GemeenteCatalog Gemeenten,
    bool RejectDuplicates = true);

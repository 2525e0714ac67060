using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Sync.Persons;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>What a writer did with a batch.</summary>
internal sealed class WriteOutcome
{
    public int Inserted { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Refused records, with the person's pseudonymous key when it was valid (for replay).</summary>
    public List<(SourceRecord Record, Rejection Rejection, PersonKey? Key)> Rejected { get; } = [];
}

using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>What a writer did with a batch.</summary>
internal sealed class WriteOutcome
{
    public int Inserted { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public List<(SourceRecord Record, Rejection Rejection)> Rejected { get; } = [];
}

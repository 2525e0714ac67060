using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Sync.Writers;

namespace Inburgering.Hub.Sync.Engine;

/// <summary>What the engine collected of one document since the last commit.</summary>
internal sealed class StreamBatch
{
    public List<SourceRecord> Records { get; } = [];

    public List<SourceRejection> Rejections { get; } = [];

    public List<SourceTombstone> Tombstones { get; } = [];

    /// <summary>What the read-ahead prepared of <see cref="Records"/> (by reference).</summary>
    public Dictionary<SourceRecord, PreparedRecord> Prepared { get; } = new(ReferenceEqualityComparer.Instance);

    public int Count => Records.Count + Rejections.Count + Tombstones.Count;

    public void Clear()
    {
        Records.Clear();
        Rejections.Clear();
        Tombstones.Clear();
        Prepared.Clear();
    }
}

using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Sync.Engine;

/// <summary>What the engine collected of one document since the last commit.</summary>
internal sealed class StreamBatch
{
    public List<SourceRecord> Records { get; } = [];

    public List<SourceRejection> Rejections { get; } = [];

    public List<SourceTombstone> Tombstones { get; } = [];

    public int Count => Records.Count + Rejections.Count + Tombstones.Count;

    public void Clear()
    {
        Records.Clear();
        Rejections.Clear();
        Tombstones.Clear();
    }
}

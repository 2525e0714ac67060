namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>How the documents of a stream relate to what the hub already holds.</summary>
public enum StreamMode
{
    /// <summary>Each document is the full current list: a record missing from it is withdrawn.</summary>
    FullSnapshot,

    /// <summary>Documents carry new and changed records (and tombstones) since a watermark.</summary>
    Incremental,
}

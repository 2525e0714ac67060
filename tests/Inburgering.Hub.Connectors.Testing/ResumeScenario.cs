namespace Inburgering.Hub.Connectors.Testing;

/// <summary>
/// What a connector does when it is asked to read again from the state it committed with its last
/// document. The default (<c>new ResumeScenario()</c>) says: nothing new arrives, and a read from the
/// saved state yields no records, no tombstones and no rejections.
/// </summary>
public sealed record ResumeScenario
{
    /// <summary>
    /// Delivers new documents into the fixture folder after the good fixture was read (a later file,
    /// a next page, …); null when nothing new arrives. Receives the folder the good fixture was
    /// prepared in.
    /// </summary>
    public Action<string>? AddDocuments { get; init; }

    /// <summary>Source ids, per stream, that a read from the saved state must yield (order-insensitive).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SourceIds { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Source ids, per stream, of the tombstones a read from the saved state must yield.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> TombstoneIds { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Rows the engine inserts when it runs after <see cref="AddDocuments"/>.</summary>
    public int Inserted { get; init; }

    /// <summary>Rows the engine updates when it runs after <see cref="AddDocuments"/>.</summary>
    public int Updated { get; init; }

    /// <summary>Rows the engine withdraws or deletes when it runs after <see cref="AddDocuments"/>.</summary>
    public int Deleted { get; init; }
}

using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Testing;

/// <summary>What one <see cref="IConnector.ReadAsync"/> of one stream yielded.</summary>
/// <param name="Stream">The stream read.</param>
/// <param name="Messages">Every message, in order.</param>
public sealed record ReadResult(string Stream, IReadOnlyList<SourceMessage> Messages)
{
    /// <summary>The records yielded.</summary>
    public IEnumerable<SourceRecord> Records => Messages.OfType<SourceRecord>();

    /// <summary>The rejections yielded.</summary>
    public IEnumerable<SourceRejection> Rejections => Messages.OfType<SourceRejection>();

    /// <summary>The tombstones yielded.</summary>
    public IEnumerable<SourceTombstone> Tombstones => Messages.OfType<SourceTombstone>();

    /// <summary>The state carried by the last <see cref="DocumentCompleted"/>, or <paramref name="fallback"/> when none completed.</summary>
    public string? LastState(string? fallback) =>
        Messages.OfType<DocumentCompleted>().LastOrDefault() is { } completed ? completed.State : fallback;
}

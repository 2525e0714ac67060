using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Testing;

/// <summary>
/// A fixture with one bad record among good ones. The acceptance kit runs it through the engine and
/// checks that the bad record is quarantined with <see cref="ReasonCode"/> while
/// <see cref="LoadedSourceIds"/>, the good records of the same document, are stored.
/// </summary>
/// <param name="Name">Short name shown in assertion messages, e.g. <c>bad date</c>.</param>
/// <param name="Stream">The stream the bad record belongs to.</param>
/// <param name="ReasonCode">The reason code the quarantine row must carry (connector's or engine's).</param>
/// <param name="Prepare">
/// Writes the fixture into the given fresh, empty folder and returns the settings that point the
/// connector at it.
/// </param>
public sealed record BadInput(string Name, string Stream, string ReasonCode, Func<string, ConnectorSettings> Prepare)
{
    /// <summary>
    /// Text the quarantine row's location must contain (e.g. <c>line 4</c>), or null to accept any
    /// location. Narrows the match when a fixture has more than one bad record.
    /// </summary>
    public string? Location { get; init; }

    /// <summary>Source ids of good records in the same document that must still be stored (at least one).</summary>
    public IReadOnlyList<string> LoadedSourceIds { get; init; } = [];

    /// <summary>
    /// The stream must hold exactly <see cref="LoadedSourceIds"/> afterwards: nothing of the bad record is
    /// stored, not even a part of it read as a record of its own (a quoted field spanning lines, RFC 4180).
    /// </summary>
    public bool NothingElseStored { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({ReasonCode})";
}

namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>
/// The document ended. The engine commits its rows together with <paramref name="State"/>; for a
/// <see cref="StreamMode.FullSnapshot"/> stream it then withdraws every record of the stream that
/// the document did not contain.
/// </summary>
/// <param name="State">The stream state to resume from after this document (opaque to the engine).</param>
public sealed record DocumentCompleted(string? State) : SourceMessage;

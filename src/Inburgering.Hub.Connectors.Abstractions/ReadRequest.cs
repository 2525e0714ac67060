namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>What the engine asks a connector to read.</summary>
/// <param name="Stream">The stream name from the manifest.</param>
/// <param name="Settings">The connector's configured settings.</param>
/// <param name="State">The state committed with the last document of this stream, or null on a first run.</param>
public sealed record ReadRequest(string Stream, ConnectorSettings Settings, string? State);

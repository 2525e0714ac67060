using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>What the engine asks a connector to read.</summary>
/// <param name="Stream">The stream name from the manifest.</param>
/// <param name="Settings">The connector's configured settings.</param>
/// <param name="State">The state committed with the last document of this stream, or null on a first run.</param>
public sealed record ReadRequest(string Stream, ConnectorSettings Settings, string? State)
{
    /// <summary>
    /// Where the connector logs (the engine gives a logger named <c>Inburgering.Hub.Connectors.&lt;name&gt;</c>
    /// scoped to the run; <see cref="NullLogger.Instance"/> when nobody set one). Never log a BSN or
    /// V-nummer: pass values through <see cref="Text.IdentifierMask.Mask"/>.
    /// </summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>
    /// The clock of the read: "now" for state and watermarks, and the time source of timeouts and
    /// back-off waits (the engine's clock; a fake one in tests). Default <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>
/// A connector reads one partner's deliveries and yields them as canonical ingest records. It knows
/// its partner's format and nothing else: validation of codes and persons, pseudonymisation,
/// upserts, withdrawals, lineage, quarantine and state are the sync engine's.
/// </summary>
public interface IConnector
{
    /// <summary>What the connector is: name, version, streams and settings.</summary>
    ConnectorManifest Manifest { get; }

    /// <summary>Verifies settings and connectivity without reading data.</summary>
    Task<CheckResult> CheckAsync(ConnectorSettings settings, CancellationToken cancellationToken);

    /// <summary>
    /// Reads one stream from <see cref="ReadRequest.State"/> on. The engine commits everything up
    /// to a <see cref="DocumentCompleted"/> (rows and the state it carries) before it asks for the
    /// next message, so code after <c>yield return new DocumentCompleted(…)</c> runs only once the
    /// document is safely stored (the place to move a file to <c>processed/</c>).
    /// </summary>
    IAsyncEnumerable<SourceMessage> ReadAsync(ReadRequest request, CancellationToken cancellationToken);
}

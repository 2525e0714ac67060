using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Sync.Tests.Support;

/// <summary>
/// An in-memory connector that yields exactly the messages a test scripted for a stream. A script
/// is used by one run; a stream without a script yields nothing.
/// </summary>
public sealed class ScriptedConnector : IConnector
{
    public const string ConnectorName = "test";

    /// <summary>Full snapshot stream: every document is the complete list.</summary>
    public const string Snapshot = "koppelingen";

    /// <summary>Incremental stream: documents carry changes and tombstones.</summary>
    public const string Incremental = "mutaties";

    private readonly ConcurrentDictionary<string, Func<ReadRequest, CancellationToken, IAsyncEnumerable<SourceMessage>>> _scripts =
        new(StringComparer.Ordinal);

    public ConnectorManifest Manifest { get; } = new(
        ConnectorName,
        "1.0.0-test",
        "Scripted connector for tests",
        [
            new StreamDescriptor(Snapshot, StreamMode.FullSnapshot, "Koppelingen, full list per document"),
            new StreamDescriptor(Incremental, StreamMode.Incremental, "Changes since the last document"),
        ],
        [new SettingDescriptor("Inbox", "Not used", Default: "inbox")]);

    /// <summary>Every read request the engine made, in order.</summary>
    public ConcurrentQueue<ReadRequest> Requests { get; } = new();

    /// <summary>Scripts the next read of <paramref name="stream"/> to yield <paramref name="messages"/>.</summary>
    public void Script(string stream, IEnumerable<SourceMessage> messages)
    {
        var list = messages.ToList();
        _scripts[stream] = (_, ct) => Yield(list, ct);
    }

    /// <summary>Scripts the next read of <paramref name="stream"/> with a custom reader (for failures, gates, cancellation).</summary>
    public void Script(string stream, Func<ReadRequest, CancellationToken, IAsyncEnumerable<SourceMessage>> reader) =>
        _scripts[stream] = reader;

    public Task<CheckResult> CheckAsync(ConnectorSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(CheckResult.Ok());

    public async IAsyncEnumerable<SourceMessage> ReadAsync(ReadRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        if (!_scripts.TryRemove(request.Stream, out var reader))
        {
            yield break;
        }

        await foreach (var message in reader(request, cancellationToken).WithCancellation(cancellationToken))
        {
            yield return message;
        }
    }

    private static async IAsyncEnumerable<SourceMessage> Yield(List<SourceMessage> messages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return message;
        }
    }
}

using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Inbox;

namespace Inburgering.Hub.Connectors.Duo;

/// <summary>
/// Connector for DUO meldingen: daily XML batch files <c>duo-meldingen-YYYYMMDD-NNN.xml</c> dropped
/// in an inbox folder (namespace <c>urn:duo:inburgering:meldingen:1</c>). One stream,
/// <c>meldingen</c>, <see cref="StreamMode.Incremental"/>: each file carries new meldingen and
/// corrections (<c>correctieVan</c>); nothing is withdrawn implicitly.
/// </summary>
/// <remarks>
/// <para>Files are read in ordinal name order. The state is the name of the last file applied (the
/// greatest name so far). With <c>MoveProcessed</c> (default) an applied file moves to
/// <c>processed/</c>, so every file still in the inbox is unapplied and is read, also one whose name
/// sorts before the state (a late or re-delivered file: its meldingen are upserts by melding id, so
/// a re-delivery changes nothing). Without moving, every file is read again each run and the engine
/// skips those it applied before byte for byte (same name and SHA-256); a changed file is applied.</para>
/// <para>A file that cannot be read at all (not XML, a DOCTYPE, another root, broken before the first
/// melding) is <see cref="DocumentUnreadable"/> and stays in the inbox. A file that breaks after
/// some meldingen keeps those, quarantines the rest as one rejection at the line and position of the
/// break, and completes (see <see cref="DuoDocumentReader"/>).</para>
/// </remarks>
public sealed class DuoConnector : IConnector
{
    /// <summary>The one stream.</summary>
    public const string MeldingenStream = "meldingen";

    /// <inheritdoc/>
    public ConnectorManifest Manifest { get; } = new(
        "duo",
        "1.0.0",
        "DUO meldingen (inburgeringsplicht, termijn, examens, ontheffing, boete, verhuizing): daily XML batch files in an inbox.",
        [new StreamDescriptor(MeldingenStream, StreamMode.Incremental, "Every DUO melding, including corrections (correctieVan).")],
        [
            new SettingDescriptor(InboxSettings.InboxPathKey, "Folder the DUO batch files are dropped in.", Required: true),
            new SettingDescriptor(
                InboxSettings.ProcessedPathKey,
                "Folder applied files are moved to; default: the 'processed' subfolder of InboxPath."),
            new SettingDescriptor(
                InboxSettings.MoveProcessedKey,
                "Whether applied files are moved to ProcessedPath (true/false).",
                Default: "true"),
        ]);

    /// <inheritdoc/>
    public Task<CheckResult> CheckAsync(ConnectorSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);

        InboxSettings duo;
        try
        {
            duo = InboxSettings.From(settings);
        }
        catch (ConnectorSettingsException ex)
        {
            return Task.FromResult(CheckResult.Fail(ex.Message));
        }

        if (!Directory.Exists(duo.InboxPath))
        {
            return Task.FromResult(CheckResult.Fail($"InboxPath '{duo.InboxPath}' does not exist or is not a folder."));
        }

        return Task.FromResult(CheckResult.Ok(
            $"InboxPath '{duo.InboxPath}' is readable; {DuoMeldingenFile.List(duo.InboxPath).Count} file(s) waiting."));
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<SourceMessage> ReadAsync(
        ReadRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Stream != MeldingenStream)
        {
            throw new ArgumentException($"The duo connector has no stream '{request.Stream}' (only '{MeldingenStream}').", nameof(request));
        }

        var settings = InboxSettings.From(request.Settings);
        var lastFile = ParseState(request.State);
        if (!Directory.Exists(settings.InboxPath))
        {
            throw new ConnectorSettingsException($"InboxPath '{settings.InboxPath}' does not exist or is not a folder.");
        }

        foreach (var file in DuoMeldingenFile.List(settings.InboxPath))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (sha256, size) = await HashAsync(file.Path, cancellationToken);
            yield return new DocumentStarted(file.Name, sha256, size);

            var reader = new DuoDocumentReader(file);
            await foreach (var message in reader.ReadAsync(cancellationToken))
            {
                yield return message;
            }

            if (reader.Outcome == ReadOutcome.Unreadable)
            {
                continue; // the file stays in the inbox
            }

            if (lastFile is null || string.CompareOrdinal(file.Name, lastFile) > 0)
            {
                lastFile = file.Name;
            }

            yield return new DocumentCompleted(lastFile);

            // The engine has committed the document before asking for the next message.
            MoveToProcessed(file, settings);
        }
    }

    private static string? ParseState(string? state)
    {
        if (string.IsNullOrWhiteSpace(state))
        {
            return null;
        }

        return DuoMeldingenFile.IsBatchFileName(state)
            ? state
            : throw new InvalidOperationException($"DUO stream state '{state}' is not a batch file name (duo-meldingen-YYYYMMDD-NNN.xml).");
    }

    private static async Task<(string Sha256, long Size)> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(
            path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return (Convert.ToHexStringLower(hash), stream.Length);
    }

    private static void MoveToProcessed(DuoMeldingenFile file, InboxSettings settings)
    {
        if (!settings.MoveProcessed)
        {
            return;
        }

        Directory.CreateDirectory(settings.ProcessedPath);
        File.Move(file.Path, Path.Combine(settings.ProcessedPath, file.Name), overwrite: true);
    }
}

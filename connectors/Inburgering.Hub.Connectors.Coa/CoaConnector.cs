using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Inbox;

namespace Inburgering.Hub.Connectors.Coa;

/// <summary>
/// Connector for the weekly COA Taakstelling Volg Systeem (TVS) export: semicolon-separated,
/// Windows-1252 CSV files dropped in an inbox folder. Each export is the full current list, so both
/// streams are <see cref="StreamMode.FullSnapshot"/>. The state is the export date of the last
/// applied file; an older export arriving later is stale and skipped.
/// </summary>
public sealed class CoaConnector : IConnector
{
    /// <inheritdoc/>
    public ConnectorManifest Manifest { get; } = new(
        "coa",
        "1.0.0",
        "COA TVS export: koppelingen of statushouders and taakstelling per gemeente (CSV inbox).",
        [.. CoaStream.All.Select(s => s.ToDescriptor())],
        [
            new SettingDescriptor(InboxSettings.InboxPathKey, "Folder the COA export files are dropped in.", Required: true),
            new SettingDescriptor(
                InboxSettings.ProcessedPathKey,
                "Folder applied files are moved to; default: the 'processed' subfolder of InboxPath."),
            new SettingDescriptor(
                InboxSettings.MoveProcessedKey,
                "Whether applied and stale files are moved to ProcessedPath (true/false).",
                Default: "true"),
        ]);

    /// <inheritdoc/>
    public Task<CheckResult> CheckAsync(ConnectorSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);

        InboxSettings coa;
        try
        {
            coa = InboxSettings.From(settings);
        }
        catch (ConnectorSettingsException ex)
        {
            return Task.FromResult(CheckResult.Fail(ex.Message));
        }

        if (!Directory.Exists(coa.InboxPath))
        {
            return Task.FromResult(CheckResult.Fail($"InboxPath '{coa.InboxPath}' does not exist or is not a folder."));
        }

        var waiting = CoaStream.All
            .Select(s => (s.Name, CoaExportFile.List(coa.InboxPath, s.FilePrefix).Count))
            .ToList();
        var perStream = string.Join(", ", waiting.Select(w => $"{w.Count} {w.Name}"));
        return Task.FromResult(CheckResult.Ok(
            $"InboxPath '{coa.InboxPath}' is readable; {waiting.Sum(w => w.Count)} file(s) waiting ({perStream})."));
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<SourceMessage> ReadAsync(
        ReadRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var stream = CoaStream.Find(request.Stream);
        var settings = InboxSettings.From(request.Settings);
        var lastExportDate = CoaState.Parse(request.State)?.LastExportDate;
        if (!Directory.Exists(settings.InboxPath))
        {
            throw new ConnectorSettingsException($"InboxPath '{settings.InboxPath}' does not exist or is not a folder.");
        }

        foreach (var file in CoaExportFile.List(settings.InboxPath, stream.FilePrefix))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (lastExportDate is not null && string.CompareOrdinal(file.ExportDate, lastExportDate) < 0)
            {
                // Stale: a newer full export has been applied already.
                MoveToProcessed(file, settings);
                continue;
            }

            var (sha256, size) = await HashAsync(file.Path, cancellationToken);
            yield return new DocumentStarted(file.Name, sha256, size);

            var unreadable = false;
            await foreach (var message in CoaDocumentReader.ReadAsync(file, stream.CreateParser(), cancellationToken))
            {
                unreadable |= message is DocumentUnreadable;
                yield return message;
            }

            if (unreadable)
            {
                continue; // the file stays in the inbox
            }

            lastExportDate = file.ExportDate;
            yield return new DocumentCompleted(new CoaState(file.ExportDate).ToJson());

            // The engine has committed the document before asking for the next message.
            MoveToProcessed(file, settings);
        }
    }

    private static async Task<(string Sha256, long Size)> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(
            path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return (Convert.ToHexStringLower(hash), stream.Length);
    }

    private static void MoveToProcessed(CoaExportFile file, InboxSettings settings)
    {
        if (!settings.MoveProcessed)
        {
            return;
        }

        Directory.CreateDirectory(settings.ProcessedPath);
        File.Move(file.Path, Path.Combine(settings.ProcessedPath, file.Name), overwrite: true);
    }
}

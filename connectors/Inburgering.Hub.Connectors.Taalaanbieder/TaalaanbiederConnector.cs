using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Taalaanbieder;

/// <summary>
/// Connector for the taalaanbieders' monthly voortgang files: one subfolder of the inbox per
/// aanbieder, each file read through that aanbieder's mapping from configuration (columns,
/// delimiter, encoding, date and number format, value tables), so a new aanbieder is configuration
/// only. A file is a document; the stream is incremental: a line is identified by
/// (aanbieder, cursistId, peildatum), and the same line arriving again replaces the earlier one.
/// The state is the last applied file per aanbieder.
/// </summary>
public sealed class TaalaanbiederConnector : IConnector
{
    public const string ConnectorName = "taalaanbieder";
    public const string VoortgangStream = "voortgang";

    /// <inheritdoc/>
    public ConnectorManifest Manifest { get; } = new(
        ConnectorName,
        "1.0.0",
        "Taalaanbieders' monthly voortgang per cursist (CSV inbox, one subfolder and one column mapping per aanbieder).",
        [
            new StreamDescriptor(
                VoortgangStream,
                StreamMode.Incremental,
                "One line per cursist per peildatum: leerroute, status, hours, levels, KNM and PVT (<aanbieder>/*.csv)."),
        ],
        [
            new SettingDescriptor(TaalaanbiederSettings.InboxPathKey, "Folder with one subfolder per aanbieder.", Required: true),
            new SettingDescriptor(
                TaalaanbiederSettings.MoveProcessedKey,
                "Whether applied files are moved to the 'processed' subfolder of their aanbieder folder (true/false).",
                Default: "true"),
            new SettingDescriptor(
                "Aanbieders",
                "Per-aanbieder mappings (configuration below this key; at least one is needed): "
                + "Aanbieders:<CODE>:Folder (default: code in lowercase), :Delimiter (default ;), :Encoding utf-8 | utf-8-bom | windows-1252 "
                + "(default utf-8), :DateFormat (default yyyy-MM-dd), :DecimalSeparator , or . (default .); "
                + "Aanbieders:<CODE>:Columns:<field> = header name of each canonical field (cursistId, bsn, gemeenteCode, leerroute, startdatum, "
                + "peildatum, status, urenAangeboden, urenGevolgd, urenGeoorloofdVerzuim, urenOngeoorloofdVerzuim, knmAfgerond required; "
                + "vNummer, einddatum, urenParticipatie, niveaus, pvtAfgerondOp optional); "
                + "Aanbieders:<CODE>:Values:<field>:<value> = canonical value (a field with a table accepts only its values; others are quarantined as UNKNOWN_CODE)."),
        ]);

    /// <inheritdoc/>
    public Task<CheckResult> CheckAsync(ConnectorSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);

        TaalaanbiederSettings taal;
        try
        {
            taal = TaalaanbiederSettings.From(settings);
        }
        catch (ConnectorSettingsException ex)
        {
            return Task.FromResult(CheckResult.Fail(ex.Message));
        }

        if (!Directory.Exists(taal.InboxPath))
        {
            return Task.FromResult(CheckResult.Fail($"InboxPath '{taal.InboxPath}' does not exist or is not a folder."));
        }

        var perAanbieder = taal.Aanbieders.Select(a => Directory.Exists(VoortgangFile.FolderOf(taal.InboxPath, a))
            ? $"{a.Code}: {VoortgangFile.List(taal.InboxPath, a).Count} file(s)"
            : $"{a.Code}: folder '{a.Folder}' missing");
        return Task.FromResult(CheckResult.Ok($"InboxPath '{taal.InboxPath}' is readable; {string.Join(", ", perAanbieder)}."));
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<SourceMessage> ReadAsync(
        ReadRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.Equals(request.Stream, VoortgangStream, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The taalaanbieder connector has no stream '{request.Stream}'; it has {VoortgangStream}.", nameof(request));
        }

        var settings = TaalaanbiederSettings.From(request.Settings);
        var state = TaalaanbiederState.Parse(request.State);
        if (!Directory.Exists(settings.InboxPath))
        {
            throw new ConnectorSettingsException($"InboxPath '{settings.InboxPath}' does not exist or is not a folder.");
        }

        foreach (var aanbieder in settings.Aanbieders)
        {
            foreach (var file in VoortgangFile.List(settings.InboxPath, aanbieder))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (sha256, size) = await HashAsync(file.Path, cancellationToken);
                yield return new DocumentStarted(file.DocumentName, sha256, size);

                var unreadable = false;
                await foreach (var message in VoortgangDocumentReader.ReadAsync(file, aanbieder, cancellationToken))
                {
                    unreadable |= message is DocumentUnreadable;
                    yield return message;
                }

                if (unreadable)
                {
                    continue; // the file stays in the inbox
                }

                state = state.With(aanbieder.Code, file.Name);
                yield return new DocumentCompleted(state.ToJson());

                // The engine has committed the document before asking for the next message.
                MoveToProcessed(file, aanbieder, settings);
            }
        }
    }

    private static async Task<(string Sha256, long Size)> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(
            path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return (Convert.ToHexStringLower(hash), stream.Length);
    }

    private static void MoveToProcessed(VoortgangFile file, AanbiederMapping aanbieder, TaalaanbiederSettings settings)
    {
        if (!settings.MoveProcessed)
        {
            return;
        }

        var processed = VoortgangFile.ProcessedFolderOf(settings.InboxPath, aanbieder);
        Directory.CreateDirectory(processed);
        File.Move(file.Path, Path.Combine(processed, file.Name), overwrite: true);
    }
}

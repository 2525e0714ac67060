using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Sample;

/// <summary>
/// Sample connector, the template for a provider of your own: reads participatie-activiteiten from
/// JSON Lines files (<c>*.jsonl</c>, UTF-8, one item per line) in an inbox folder.
/// <code>
/// {"id":"P-1","bsn":"123456782","gemeenteCode":"GM0405","soort":"VRIJWILLIGERSWERK","startdatum":"2024-01-08","einddatum":null,"urenPerWeek":8}
/// {"id":"P-1","verwijderd":true}
/// </code>
/// Files are read in ordinal name order (name them so that this is delivery order, e.g.
/// <c>participatie-20240108.jsonl</c>). The stream is <see cref="StreamMode.Incremental"/>: a file
/// holds new and changed items and tombstones. The state is the name of the last file read to the
/// end; files at or before it are skipped. Files stay where they are.
/// </summary>
public sealed class SampleConnector : IConnector
{
    /// <summary>The name in configuration: <c>Hub:Connectors:sample-participatie</c>.</summary>
    public const string Name = "sample-participatie";

    /// <summary>The one stream.</summary>
    public const string Stream = "participatie";

    private const string FilePattern = "*.jsonl";

    // Strict UTF-8: invalid bytes throw instead of silently becoming U+FFFD.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <inheritdoc/>
    public ConnectorManifest Manifest { get; } = new(
        Name,
        "1.0.0",
        "Sample: participatie-activiteiten from JSON Lines files in an inbox folder (template for new connectors).",
        [
            new StreamDescriptor(
                Stream,
                StreamMode.Incremental,
                "Participatie- and werkactiviteiten (*.jsonl, new and changed items and tombstones per file)."),
        ],
        [
            new SettingDescriptor(SampleSettings.InboxPathKey, "Folder the *.jsonl files are dropped in.", Required: true),
        ]);

    /// <inheritdoc/>
    public Task<CheckResult> CheckAsync(ConnectorSettings settings, CancellationToken cancellationToken)
    {
        // Check never throws for bad settings: it reports them, so the operator sees what to fix.
        SampleSettings sample;
        try
        {
            sample = SampleSettings.From(settings);
        }
        catch (ConnectorSettingsException ex)
        {
            return Task.FromResult(CheckResult.Fail(ex.Message));
        }

        if (!Directory.Exists(sample.InboxPath))
        {
            return Task.FromResult(CheckResult.Fail($"InboxPath '{sample.InboxPath}' does not exist or is not a folder."));
        }

        var waiting = ListFiles(sample.InboxPath).Count;
        return Task.FromResult(CheckResult.Ok($"InboxPath '{sample.InboxPath}' is readable; {waiting} file(s) in it."));
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<SourceMessage> ReadAsync(
        ReadRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.Equals(request.Stream, Stream, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The {Name} connector has no stream '{request.Stream}'; it has '{Stream}'.", nameof(request));
        }

        // Step 1: settings and state. The state is what we returned with the last DocumentCompleted:
        // the name of the last file read to the end (null on a first run).
        var settings = SampleSettings.From(request.Settings);
        if (!Directory.Exists(settings.InboxPath))
        {
            throw new ConnectorSettingsException($"InboxPath '{settings.InboxPath}' does not exist or is not a folder.");
        }

        foreach (var path in ListFiles(settings.InboxPath))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(path);

            // Step 2: skip what was applied before. Ordinal order, so the comparison is stable everywhere.
            if (request.State is not null && string.CompareOrdinal(name, request.State) <= 0)
            {
                continue;
            }

            // Step 3: announce the document with the SHA-256 of its bytes (the engine archives it for lineage).
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            yield return new DocumentStarted(name, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength);

            // Step 4: one message per line. A bad line becomes a rejection; the other lines still load.
            string? text;
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = null;
            }

            if (text is null)
            {
                // The whole file is unusable: report it and stop here, so later files wait until this
                // one is fixed (an incremental stream must not skip a delivery).
                yield return new DocumentUnreadable(ReasonCodes.UnreadableDocument, $"{name}: the file is not valid UTF-8.");
                yield break;
            }

            var parser = new ParticipatieLineParser();
            var lineNumber = 0;
            using (var reader = new StringReader(text))
            {
                while (reader.ReadLine() is { } line)
                {
                    lineNumber++;
                    if (!string.IsNullOrWhiteSpace(line))
                    {
                        yield return parser.Parse(line.TrimStart('\uFEFF'), $"{name}:line {lineNumber}");
                    }
                }
            }

            // Step 5: the document is done; its state is the file name. The engine commits the rows and
            // this state together before it asks for the next message, so code after this line runs
            // only once the file is safely applied (the place to move or delete a file, if you do).
            yield return new DocumentCompleted(name);
        }
    }

    /// <summary>The <c>*.jsonl</c> files of the inbox (not its subfolders), in ordinal name order.</summary>
    private static List<string> ListFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, FilePattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)];
}

using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Fields;
using Inburgering.Hub.Connectors.Abstractions.Inbox;
using Inburgering.Hub.Connectors.Abstractions.Text;
using Microsoft.Extensions.Logging;

namespace Example.Connector;

/// <summary>
/// Reads participatie-activiteiten from CSV files (<c>*.csv</c>, UTF-8, <c>;</c>-separated, RFC 4180
/// quoting) in an inbox folder, one activity per record, with the header
/// <c>id;bsn;gemeenteCode;soort;startdatum;einddatum;urenPerWeek</c> (dates <c>yyyy-MM-dd</c>, hours
/// with a decimal comma or point). Files are read in ordinal name order; the state is the name of the
/// last file read to the end; files at or before it are skipped and files stay where they are.
/// </summary>
public sealed class ExampleConnector : IConnector
{
    /// <summary>The name in configuration: <c>Hub:Connectors:example-participatie</c>.</summary>
    public const string Name = "example-participatie";

    /// <summary>The one stream.</summary>
    public const string Stream = "participatie";

    /// <summary>The columns every file has.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "bsn", "gemeenteCode", "soort", "startdatum", "einddatum", "urenPerWeek"];

    private const string DateFormat = "yyyy-MM-dd";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <inheritdoc/>
    public ConnectorManifest Manifest { get; } = new(
        Name,
        "1.0.0",
        "Participatie-activiteiten from CSV files in an inbox folder.",
        [new StreamDescriptor(Stream, StreamMode.Incremental, "Participatie- and werkactiviteiten, new and changed ones per file.")],
        [new SettingDescriptor(InboxSettings.InboxPathKey, "Folder the *.csv files are dropped in.", Required: true)]);

    /// <inheritdoc/>
    public Task<CheckResult> CheckAsync(ConnectorSettings settings, CancellationToken cancellationToken)
    {
        InboxSettings inbox;
        try
        {
            inbox = InboxSettings.From(settings);
        }
        catch (ConnectorSettingsException ex)
        {
            return Task.FromResult(CheckResult.Fail(ex.Message));
        }

        return Task.FromResult(Directory.Exists(inbox.InboxPath)
            ? CheckResult.Ok($"InboxPath '{inbox.InboxPath}' is readable; {Files(inbox.InboxPath).Count} file(s) in it.")
            : CheckResult.Fail($"InboxPath '{inbox.InboxPath}' does not exist or is not a folder."));
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<SourceMessage> ReadAsync(ReadRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.Equals(request.Stream, Stream, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The {Name} connector has no stream '{request.Stream}'.", nameof(request));
        }

        var inbox = InboxSettings.From(request.Settings);
        if (!Directory.Exists(inbox.InboxPath))
        {
            throw new ConnectorSettingsException($"InboxPath '{inbox.InboxPath}' does not exist or is not a folder.");
        }

        foreach (var path in Files(inbox.InboxPath))
        {
            var name = Path.GetFileName(path);
            if (request.State is not null && string.CompareOrdinal(name, request.State) <= 0)
            {
                continue;
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            yield return new DocumentStarted(name, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength);
            request.Logger.LogInformation("Reading {File} ({Size} bytes)", name, bytes.LongLength);

            if (Decode(bytes) is not { } text)
            {
                // An incremental stream must not skip a delivery: stop until the file is fixed.
                yield return new DocumentUnreadable(ReasonCodes.UnreadableDocument, $"{name}: the file is not valid UTF-8.");
                yield break;
            }

            using var reader = new DelimitedReader(new StringReader(text), ';');
            var first = await reader.ReadAsync(cancellationToken);
            var header = first is { Problem: null } ? new DelimitedHeader(first.Fields) : null;
            var problem = header is null ? "the file has no header line" : header.Check(Columns);
            if (problem is not null)
            {
                yield return new DocumentUnreadable(ReasonCodes.UnreadableDocument, IdentifierMask.Mask($"{name}: {problem}."));
                yield break;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken) is { } record)
            {
                if (!record.IsBlank)
                {
                    yield return Parse(header!, record, name, seen);
                }
            }

            yield return new DocumentCompleted(name);
        }
    }

    /// <summary>One record: a <see cref="SourceRecord"/>, or a <see cref="SourceRejection"/> with the reason of its first bad field.</summary>
    private static SourceMessage Parse(DelimitedHeader header, DelimitedRecord record, string document, HashSet<string> seen)
    {
        var fields = new DelimitedFieldReader(header, record, document);
        if (record.Problem is not null)
        {
            return fields.Reject(ReasonCodes.MalformedRecord, $"The record is not valid CSV: {record.Problem}.", null, null);
        }

        if (record.Fields.Count != header.Count)
        {
            return fields.Reject(ReasonCodes.MalformedRecord, $"The record has {record.Fields.Count} fields; the header has {header.Count}.", null, null);
        }

        var id = fields.Required("id");
        var gemeente = fields.Code("gemeenteCode", required: true);
        var bsn = fields.Required("bsn");
        var soort = fields.Code("soort", required: true);
        var start = fields.Date("startdatum", DateFormat, required: true);
        var eind = fields.Date("einddatum", DateFormat);
        var uren = fields.Decimal("urenPerWeek");
        if (fields.Failed)
        {
            return fields.Rejection(id, gemeente);
        }

        if (!seen.Add(id!))
        {
            return fields.Reject(ReasonCodes.DuplicateId, $"Id '{id}' occurs more than once in the file; the first is kept.", id, gemeente);
        }

        return new SourceRecord(id!, fields.Location, fields.Raw, new ParticipatieRecord
        {
            Person = new PersonRef(bsn),
            GemeenteCode = gemeente!,
            Soort = soort!,
            Startdatum = start!.Value,
            Einddatum = eind,
            UrenPerWeek = uren,
        });
    }

    /// <summary>The text of a strict UTF-8 file, or null when its bytes are not UTF-8.</summary>
    private static string? Decode(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.csv", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)];
}

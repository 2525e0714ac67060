using System.Text.Json;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Persons;

namespace Inburgering.Hub.Sync.Engine;

/// <summary>
/// Builds quarantine rows: raw content and message with every 9- and 10-digit run (BSN, V-nummer) masked, the gemeente when
/// readable, even if not (yet) configured (it scopes who may see the row), and for records the connector could read, the record
/// without its person plus the person's pseudonyms, so it can be replayed after a fix.
/// </summary>
internal sealed class QuarantineFactory(TimeProvider time)
{
    public QuarantineRecord Create(
        long runId,
        string connector,
        string stream,
        long? sourceFileId,
        string location,
        string raw,
        string reasonCode,
        string message,
        string? sourceId,
        string? gemeenteCode,
        IngestRecord? record = null,
        PersonKey? key = null)
    {
        var replayable = record is not null && (record is not PersonIngestRecord || key is not null);
        return new QuarantineRecord
        {
            RunId = runId,
            Connector = connector,
            Stream = stream,
            SourceFileId = sourceFileId,
            Location = location,
            Content = PersonNumbers.Mask(raw),
            ReasonCode = reasonCode,
            Message = Truncate(PersonNumbers.Mask(message)),
            GemeenteCode = gemeenteCode is not null && GemeenteCode.IsWellFormed(gemeenteCode) ? gemeenteCode : null,
            SourceId = sourceId,
            RecordType = replayable ? record!.GetType().FullName : null,
            RecordJson = replayable ? Serialize(record!) : null,
            BsnPseudoniem = replayable ? key?.BsnPseudoniem : null,
            VNummerPseudoniem = replayable ? key?.VNummerPseudoniem : null,
            Status = QuarantineStatus.Open,
            CreatedAt = time.GetUtcNow(),
        };
    }

    /// <summary>Longest message kept: a message that quotes a huge value is cut (the value is in the excerpt).</summary>
    public const int MaxMessageLength = 1_000;

    private static string Truncate(string message) =>
        message.Length <= MaxMessageLength ? message : message[..MaxMessageLength] + $"… [truncated: {message.Length} characters]";

    /// <summary>The record as JSON without its person (no BSN or V-nummer is ever serialised).</summary>
    private static string Serialize(IngestRecord record)
    {
        var withoutPerson = record is PersonIngestRecord p ? p with { Person = new PersonRef(null) } : record;
        return JsonSerializer.Serialize(withoutPerson, withoutPerson.GetType());
    }
}

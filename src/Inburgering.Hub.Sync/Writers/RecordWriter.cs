using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Configuration;
using Inburgering.Hub.Sync.Persons;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>
/// The one upsert path for every canonical entity: validate (person key, gemeente, codes), resolve
/// the person, map, then insert / update / leave unchanged by content hash, keyed on
/// (connector, stream, source id). A withdrawn or deleted row that comes back is revived.
/// </summary>
internal abstract class RecordWriter<TRecord, TEntity> : IRecordWriter
    where TRecord : IngestRecord
    where TEntity : SourcedRecord
{
    public Type RecordType => typeof(TRecord);

    /// <summary>One record, one row of its own source id, one person of its own key.</summary>
    public virtual bool Independent => true;

    /// <summary>How authoritative this source is for the person's gemeente (see <see cref="Inburgeraar.GemeentePrioriteit"/>).</summary>
    protected virtual GemeentePrioriteit GemeentePrioriteit => GemeentePrioriteit.Overig;

    public async Task WriteAsync(
        WriteContext context,
        IReadOnlyList<SourceRecord> records,
        WriteOutcome outcome,
        CancellationToken cancellationToken,
        IReadOnlyList<PersonKey?>? knownKeys = null)
    {
        var accepted = new List<(SourceRecord Source, TRecord Record, PersonKey? Key, TEntity Entity, string Hash)>(records.Count);
        for (var n = 0; n < records.Count; n++)
        {
            var source = records[n];
            var prepared = knownKeys is null && context.Prepared is { } ahead && ahead.TryGetValue(source, out var p)
                ? p
                : Prepare(source, context.Pseudonymizer, context.Gemeenten, knownKeys is null ? null : new KnownKey(knownKeys[n]));
            if (prepared.Rejection is null)
            {
                accepted.Add((source, (TRecord)source.Data, prepared.Key, (TEntity)prepared.Entity!, prepared.Hash!));
            }
            else
            {
                outcome.Rejected.Add((source, prepared.Rejection, prepared.Key));
            }
        }

        if (accepted.Count == 0)
        {
            return;
        }

        // A source id appears once per document: later occurrences are rejected, the first one loads.
        var firstInBatch = new HashSet<string>(StringComparer.Ordinal);
        accepted.RemoveAll(a =>
        {
            if (!context.RejectDuplicates || firstInBatch.Add(a.Source.SourceId))
            {
                return false;
            }

            outcome.Rejected.Add((a.Source, Duplicate(a.Source.SourceId), a.Key));
            return true;
        });

        long[] personIds = [];
        if (typeof(PersonIngestRecord).IsAssignableFrom(typeof(TRecord)))
        {
            var claims = accepted.Select(a => ClaimPerson(a.Record, a.Key!)).ToList();
            personIds = await new PersonResolver(context.Db, context.RunId, context.TouchedPersons, context.Before).ResolveAsync(claims, cancellationToken);
        }

        var ids = accepted.Select(a => a.Source.SourceId).ToList();
        var beforeCommitted = context.Before is null || context.Before.Committed.IsCompleted;
        var existing = await ExistingAsync(context, ids, cancellationToken);
        if (!beforeCommitted && existing.Count > 0 && Moves(existing.Values, personIds))
        {
            // A stored row that belongs to a person other than the ones this batch resolved (its record now
            // names another person, so the row moves and its former person's milestones change): the batch
            // still being written beside this one may move that row too (a merge) or derive that person.
            // Read again, and written, only after that batch committed.
            await context.Before!.Committed;
            existing = await ExistingAsync(context, ids, cancellationToken);
        }

        var inserts = new List<TEntity>();
        var seen = new List<long>();
        for (var n = 0; n < accepted.Count; n++)
        {
            var (source, _, key, entity, hash) = accepted[n];
            if (entity is PersonFact fact)
            {
                fact.InburgeraarId = personIds[n];
            }

            if (!existing.TryGetValue(source.SourceId, out var row))
            {
                entity.SourceConnector = context.Connector;
                entity.SourceStream = context.Stream;
                entity.SourceId = source.SourceId;
                entity.ContentHash = hash;
                entity.FirstSeenRunId = context.RunId;
                entity.LastChangedRunId = context.RunId;
                entity.SourceFileId = context.SourceFileId;
                entity.SourceLocation = source.Location;
                entity.LastSeenFileId = context.SourceFileId;
                Touch(context, entity);
                inserts.Add(entity);
                outcome.Inserted++;
                continue;
            }

            if (context.RejectDuplicates && context.SourceFileId is not null && row.LastSeenFileId == context.SourceFileId)
            {
                outcome.Rejected.Add((source, Duplicate(source.SourceId), key));
                continue;
            }

            if (row.ContentHash == hash && !row.IsDeleted)
            {
                seen.Add(row.Id);
                outcome.Unchanged++;
                continue;
            }

            Touch(context, row);
            ContentProperties<TEntity>.Copy(entity, row);
            Touch(context, row);
            row.ContentHash = hash;
            row.LastChangedRunId = context.RunId;
            row.SourceFileId = context.SourceFileId;
            row.SourceLocation = source.Location;
            row.LastSeenFileId = context.SourceFileId;
            row.IsDeleted = false;
            row.DeletedRunId = null;
            context.Db.Set<TEntity>().Update(row);
            outcome.Updated++;
        }

        await BulkInsert.InsertAsync(context.Db, inserts, cancellationToken);
        if (seen.Count > 0 && context.SourceFileId is { } fileId)
        {
            await context.Db.Set<TEntity>().IgnoreQueryFilters()
                .Where(e => EF.Parameter(seen).Contains(e.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.LastSeenFileId, fileId), cancellationToken);
        }

        await context.Db.SaveChangesAsync(cancellationToken);
        context.Db.ChangeTracker.Clear();
    }

    /// <inheritdoc/>
    public PreparedRecord Prepare(SourceRecord record, IPseudonymizer pseudonymizer, GemeenteCatalog gemeenten)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Prepare(record, pseudonymizer, gemeenten, known: null);
    }

    /// <summary>Validation, key, mapping and hash of one record; with <paramref name="known"/> (replay) the key is taken as given.</summary>
    private PreparedRecord Prepare(SourceRecord source, IPseudonymizer pseudonymizer, GemeenteCatalog gemeenten, KnownKey? known)
    {
        var record = (TRecord)source.Data;
        var key = known?.Key;
        var rejection = record is PersonIngestRecord person && known is null
            ? ValidatePerson(person, pseudonymizer, out key)
            : null;
        if (record is PersonIngestRecord && key is null && rejection is null)
        {
            rejection = new Rejection(ReasonCodes.NoPersonKey, "The record has neither a BSN nor a V-nummer.");
        }

        rejection ??= record is PersonIngestRecord or TaakstellingRecord ? ValidateGemeente(record, gemeenten) : null;
        rejection ??= Validate(record);
        if (rejection is not null)
        {
            return new PreparedRecord(rejection, key, null, null);
        }

        var entity = Map(record);
        return new PreparedRecord(null, key, entity, ContentProperties<TEntity>.Hash(entity, key is null ? null : $"{key.BsnPseudoniem}|{key.VNummerPseudoniem}"));
    }

    /// <summary>True when one of <paramref name="stored"/> belongs to a person not among <paramref name="personIds"/>.</summary>
    private static bool Moves(IEnumerable<TEntity> stored, long[] personIds)
    {
        var resolved = personIds.ToHashSet();
        return stored.Any(row => row is PersonFact fact && !resolved.Contains(fact.InburgeraarId));
    }

    /// <summary>The stored rows of <paramref name="ids"/> in the context's stream, by source id (not tracked).</summary>
    private static Task<Dictionary<string, TEntity>> ExistingAsync(WriteContext context, List<string> ids, CancellationToken cancellationToken) =>
        context.Db.Set<TEntity>().IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.SourceConnector == context.Connector && e.SourceStream == context.Stream && EF.Parameter(ids).Contains(e.SourceId))
            .ToDictionaryAsync(e => e.SourceId, StringComparer.Ordinal, cancellationToken);

    private static void Touch(WriteContext context, TEntity row)
    {
        if (row is PersonFact fact)
        {
            context.TouchedPersons.Add(fact.InburgeraarId);
        }
    }

    /// <summary>Record-specific checks (code lists, plausibility); null when the record is fine.</summary>
    protected abstract Rejection? Validate(TRecord record);

    /// <summary>Maps a valid record to a new entity (Mapperly).</summary>
    protected abstract TEntity Map(TRecord record);

    /// <summary>What the record tells about its person; override to add birth year, origin, …</summary>
    protected virtual PersonClaim ClaimPerson(TRecord record, PersonKey key) =>
        new(key, ((PersonIngestRecord)(object)record).GemeenteCode, GemeentePrioriteit);

    /// <summary>A person key given by the caller (replay from quarantine), possibly null.</summary>
    private sealed record KnownKey(PersonKey? Key);

    private static Rejection Duplicate(string sourceId) =>
        new(ReasonCodes.DuplicateId, $"Record id '{sourceId}' occurs more than once in this document; the first occurrence was loaded.");

    /// <summary>Checks that a code belongs to its code list.</summary>
    protected static Rejection? Code<TEnum>(string? value, string field, bool required = true)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return required ? new Rejection(ReasonCodes.MissingField, $"{field} is required.") : null;
        }

        return CodeList<TEnum>.TryParse(value, out _)
            ? null
            : new Rejection(
                ReasonCodes.UnknownCode,
                $"{field} '{value}' is not a known code (expected one of {string.Join(", ", CodeList<TEnum>.Codes)}).");
    }

    private static Rejection? ValidatePerson(PersonIngestRecord record, IPseudonymizer pseudonymizer, out PersonKey? key)
    {
        key = null;
        var bsn = record.Person.Bsn?.Trim();
        var vnr = record.Person.VNummer?.Trim();
        if (string.IsNullOrEmpty(bsn) && string.IsNullOrEmpty(vnr))
        {
            return new Rejection(ReasonCodes.NoPersonKey, "The record has neither a BSN nor a V-nummer.");
        }

        if (!string.IsNullOrEmpty(bsn) && !Bsn.IsValid(bsn))
        {
            return new Rejection(ReasonCodes.InvalidBsn, "The BSN is not 9 digits or fails the elfproef.");
        }

        if (!string.IsNullOrEmpty(vnr) && !VNummer.IsWellFormed(vnr))
        {
            return new Rejection(ReasonCodes.InvalidVNummer, $"The V-nummer '{vnr}' is not 10 digits.");
        }

        key = new PersonKey(
            string.IsNullOrEmpty(bsn) ? null : pseudonymizer.ForBsn(bsn),
            string.IsNullOrEmpty(vnr) ? null : pseudonymizer.ForVNummer(vnr));
        return null;
    }

    private static Rejection? ValidateGemeente(TRecord record, GemeenteCatalog gemeenten)
    {
        var code = record switch
        {
            PersonIngestRecord p => p.GemeenteCode,
            TaakstellingRecord t => t.GemeenteCode,
            _ => null,
        };
        return gemeenten.IsKnown(code)
            ? null
            : new Rejection(ReasonCodes.UnknownGemeente, $"Gemeente '{code}' is not one of the configured gemeenten (Hub:Gemeenten).");
    }
}

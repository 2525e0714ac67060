using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Rules;
using Inburgering.Hub.Sync.Persons;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Writers.Duo;

/// <summary>
/// DUO meldingen (<see cref="DuoMeldingRecord"/>). Two steps per batch:
/// <list type="number">
/// <item>every melding is upserted as a <see cref="DuoMelding"/> row by <see cref="DuoMeldingRowWriter"/>
/// (the engine's one path: person validation, pseudonymisation, code lists, quarantine, content hash);</item>
/// <item>for every person the batch touched (the persons of its meldingen before and after, of the
/// meldingen it corrects and of the meldingen that correct it) the derived rows are re-derived from
/// the person's <em>full</em> set of stored meldingen (<see cref="DuoDerivation"/>, a pure function) and
/// stored by <see cref="DuoFactStore"/>.</item>
/// </list>
/// Because step 2 always starts from everything stored, the outcome does not depend on the order in
/// which meldingen and their corrections arrive, and a re-delivered file changes nothing. Counts are
/// rows: derived rows inserted, updated (also: marked deleted, or a melding newly replaced) and
/// unchanged count like the meldingen themselves.
/// </summary>
internal sealed class DuoMeldingWriter : IRecordWriter
{
    private readonly DuoMeldingRowWriter _rows = new();

    public Type RecordType => typeof(DuoMeldingRecord);

    public async Task WriteAsync(
        WriteContext context,
        IReadOnlyList<SourceRecord> records,
        WriteOutcome outcome,
        CancellationToken cancellationToken,
        IReadOnlyList<PersonKey?>? knownKeys = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(records);
        var ids = records.Select(r => r.SourceId).Distinct(StringComparer.Ordinal).ToList();
        var targets = records.Select(r => ((DuoMeldingRecord)r.Data).CorrectieVan).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

        var before = await PersonsOfAsync(context, ids, targets, cancellationToken);
        var snapshot = await context.Db.Inburgeraars.IgnoreQueryFilters().AsNoTracking()
            .Where(i => before.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => new DuoFactStore.PersonSnapshot(i.GemeenteCode, i.GemeentePrioriteit, i.LastChangedRunId), cancellationToken);

        await _rows.WriteAsync(context, records, outcome, cancellationToken, knownKeys);

        // The run counts records (meldingen), not the facts derived from them: one melding can change a
        // person's plicht, gemeente history and examens at once.
        var touched = (await PersonsOfAsync(context, ids, targets, cancellationToken)).Union(before).ToList();
        await DuoFactStore.RederiveAsync(context, touched, snapshot, new WriteOutcome(), cancellationToken);
        context.TouchedPersons.UnionWith(touched);
    }

    /// <summary>Persons of the stored meldingen <paramref name="ids"/>, of the meldingen they correct and of those correcting them.</summary>
    private static async Task<List<long>> PersonsOfAsync(WriteContext context, List<string> ids, List<string> targets, CancellationToken cancellationToken) =>
        await Meldingen(context.Db, context)
            .Where(m => ids.Contains(m.SourceId) || targets.Contains(m.SourceId) || (m.CorrectieVan != null && ids.Contains(m.CorrectieVan)))
            .Select(m => m.InburgeraarId)
            .Distinct()
            .ToListAsync(cancellationToken);

    internal static IQueryable<DuoMelding> Meldingen(HubDbContext db, WriteContext context) =>
        db.DuoMeldingen.IgnoreQueryFilters().Where(m => m.SourceConnector == context.Connector && m.SourceStream == context.Stream);
}

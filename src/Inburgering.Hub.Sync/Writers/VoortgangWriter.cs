using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Sync.Persons;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>
/// Taalaanbieder progress lines (<see cref="VoortgangRecord"/>). One line yields up to three rows,
/// each written by a <see cref="RecordWriter{TRecord,TEntity}"/> so that person validation,
/// pseudonymisation, person resolution, content-hash upserts and lineage are the engine's one path:
/// <list type="number">
/// <item><see cref="LeerrouteDeelnameWriter"/> — the deelname (<c>aanbieder:cursistId</c>), from the
/// latest line by peildatum; an older line never overwrites a newer status. It checks every line
/// (person, gemeente, codes, hours, dates), so a bad line is refused exactly once, here.</item>
/// <item><see cref="VoortgangsmetingWriter"/> — the meting of every line that passed, linked to its deelname.</item>
/// <item><see cref="PvtWriter"/> — the pvt (<c>aanbieder:cursistId:pvt</c>) of lines with a pvt date, latest line wins.</item>
/// </list>
/// The sub-writers get the same <see cref="SourceRecord"/>s with the id of their row; refusals are
/// reported on the original line (its id <c>aanbieder:cursistId:peildatum</c> and its record, so a
/// quarantined line replays through this writer). A run counts records, so a line counts once, by its
/// meting (inserted, updated or unchanged); the deelname and pvt derived from the lines are not
/// counted. The deelname and pvt are written with per-batch uniqueness guaranteed here, so
/// they may be touched by several documents of one run.
/// </summary>
internal sealed class VoortgangWriter : IRecordWriter
{
    public Type RecordType => typeof(VoortgangRecord);

    public async Task WriteAsync(
        WriteContext context,
        IReadOnlyList<SourceRecord> records,
        WriteOutcome outcome,
        CancellationToken cancellationToken,
        IReadOnlyList<PersonKey?>? knownKeys = null)
    {
        var lines = records.Select(r => (VoortgangRecord)r.Data).ToList();
        var deelnameIds = lines.Select(LeerrouteDeelnameWriter.SourceIdOf).Distinct(StringComparer.Ordinal).ToList();
        var storedRows = await context.Db.Set<LeerrouteDeelname>().IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.SourceConnector == context.Connector && d.SourceStream == context.Stream && deelnameIds.Contains(d.SourceId))
            .Select(d => new StoredDeelname(d.SourceId, d.LaatstePeildatum, d.Status, d.Einddatum))
            .ToDictionaryAsync(d => d.SourceId, StringComparer.Ordinal, cancellationToken);
        var stored = storedRows.ToDictionary(d => d.Key, d => d.Value.LaatstePeildatum, StringComparer.Ordinal);

        var refused = new Dictionary<int, (Rejection Rejection, PersonKey? Key)>();
        var unique = context with { RejectDuplicates = false };

        // 1. Deelnames. A winner refused for its person or gemeente hands the deelname to the next latest line.
        var run = Enumerable.Range(0, records.Count).ToList();
        while (run.Count > 0)
        {
            var winners = Winners(run.Where(n => LeerrouteDeelnameWriter.Rules(lines[n]) is null), lines, stored, LeerrouteDeelnameWriter.SourceIdOf);
            var sub = await WriteAsync(
                new LeerrouteDeelnameWriter(
                    winners.Select(n => (object)lines[n]).ToHashSet(ReferenceEqualityComparer.Instance),
                    Einddatums(winners, run, lines, storedRows)),
                unique, records, run, LeerrouteDeelnameWriter.SourceIdOf, knownKeys, new WriteOutcome(), cancellationToken);
            var lost = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (n, rejection, key) in sub)
            {
                if (rejection.ReasonCode == LeerrouteDeelnameWriter.Superseded)
                {
                    continue;
                }

                refused[n] = (rejection, key);
                if (winners.Contains(n))
                {
                    lost.Add(LeerrouteDeelnameWriter.SourceIdOf(lines[n]));
                }
            }

            run = [.. run.Where(n => !refused.ContainsKey(n) && lost.Contains(LeerrouteDeelnameWriter.SourceIdOf(lines[n])))];
        }

        var passed = Enumerable.Range(0, records.Count).Where(n => !refused.ContainsKey(n)).ToList();
        if (passed.Count > 0)
        {
            // 2. Metingen, linked to their deelname.
            var wanted = passed.Select(n => LeerrouteDeelnameWriter.SourceIdOf(lines[n])).Distinct(StringComparer.Ordinal).ToList();
            var rowIds = await context.Db.Set<LeerrouteDeelname>().IgnoreQueryFilters().AsNoTracking()
                .Where(d => d.SourceConnector == context.Connector && d.SourceStream == context.Stream && wanted.Contains(d.SourceId))
                .ToDictionaryAsync(d => d.SourceId, d => d.Id, StringComparer.Ordinal, cancellationToken);
            foreach (var (n, rejection, key) in await WriteAsync(
                new VoortgangsmetingWriter(rowIds), context, records, passed, null, knownKeys, outcome, cancellationToken))
            {
                refused[n] = (rejection, key);
            }

            // 3. Pvt, from the latest line with a pvt date that is not older than the stored deelname.
            var withPvt = passed.Where(n => !refused.ContainsKey(n) && lines[n].PvtAfgerondOp is not null);
            var pvts = Winners(withPvt, lines, stored, PvtWriter.SourceIdOf, LeerrouteDeelnameWriter.SourceIdOf).Order().ToList();
            foreach (var (n, rejection, key) in await WriteAsync(
                new PvtWriter(), unique, records, pvts, PvtWriter.SourceIdOf, knownKeys, new WriteOutcome(), cancellationToken))
            {
                refused[n] = (rejection, key);
            }
        }

        foreach (var (n, (rejection, key)) in refused.OrderBy(r => r.Key))
        {
            outcome.Rejected.Add((records[n], rejection, key));
        }
    }

    /// <summary>
    /// The einddatum of each winner with a final status (AFGEROND, UITGEVALLEN, OVERGESTAPT) for a
    /// provider that gives none: the peildatum of the deelname's first line with a final status
    /// (taalaanbieder contract, field <c>einddatum</c>). That is the earliest of the unbroken run of
    /// final lines that ends in the winner (valid lines of this batch, by peildatum); when the run
    /// reaches back past every line of the batch newer than the stored deelname and that one already
    /// ended, its einddatum when earlier. A status back to LOPEND breaks the run, so a deelname that
    /// ends again ends on the new date. Lines with their own einddatum are not listed: that value wins.
    /// </summary>
    private static Dictionary<object, DateOnly> Einddatums(
        HashSet<int> winners,
        IEnumerable<int> candidates,
        List<VoortgangRecord> lines,
        Dictionary<string, StoredDeelname> stored)
    {
        var result = new Dictionary<object, DateOnly>(ReferenceEqualityComparer.Instance);
        var valid = candidates.Where(n => LeerrouteDeelnameWriter.Rules(lines[n]) is null)
            .GroupBy(n => LeerrouteDeelnameWriter.SourceIdOf(lines[n]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => lines[n].Peildatum).ToList(), StringComparer.Ordinal);
        foreach (var winner in winners)
        {
            var line = lines[winner];
            if (line.Einddatum is not null || !LeerrouteDeelnameWriter.IsFinal(line.Status))
            {
                continue;
            }

            var id = LeerrouteDeelnameWriter.SourceIdOf(line);
            stored.TryGetValue(id, out var before);
            var einde = line.Peildatum;
            var broken = false;
            foreach (var n in valid[id].Where(n => lines[n].Peildatum <= line.Peildatum && (before is null || lines[n].Peildatum > before.LaatstePeildatum)))
            {
                if (!LeerrouteDeelnameWriter.IsFinal(lines[n].Status))
                {
                    broken = true;
                    break;
                }

                einde = lines[n].Peildatum;
            }

            if (!broken && before is { Status: not DeelnameStatus.Lopend, Einddatum: { } eerder } && eerder < einde)
            {
                einde = eerder;
            }

            result[line] = einde;
        }

        return result;
    }

    /// <summary>What the batch needs of a stored deelname.</summary>
    private sealed record StoredDeelname(string SourceId, DateOnly LaatstePeildatum, DeelnameStatus Status, DateOnly? Einddatum);

    /// <summary>
    /// Per group (<paramref name="groupOf"/>) the line with the latest peildatum (the first on a tie),
    /// unless the stored deelname (<paramref name="storedOf"/>, default the group) has a later one.
    /// </summary>
    private static HashSet<int> Winners(
        IEnumerable<int> candidates,
        List<VoortgangRecord> lines,
        Dictionary<string, DateOnly> stored,
        Func<VoortgangRecord, string> groupOf,
        Func<VoortgangRecord, string>? storedOf = null) =>
        [.. candidates
            .GroupBy(n => groupOf(lines[n]), StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(n => lines[n].Peildatum).ThenBy(n => n).First())
            .Where(n => !stored.TryGetValue((storedOf ?? groupOf)(lines[n]), out var latest) || lines[n].Peildatum >= latest)];

    /// <summary>
    /// Runs <paramref name="writer"/> on the lines <paramref name="indexes"/>, with the source id of its
    /// row (<paramref name="sourceIdOf"/>; null keeps the line's id), adds its counts to
    /// <paramref name="outcome"/> and returns its refusals by line index.
    /// </summary>
    private static async Task<List<(int Index, Rejection Rejection, PersonKey? Key)>> WriteAsync(
        IRecordWriter writer,
        WriteContext context,
        IReadOnlyList<SourceRecord> records,
        IReadOnlyList<int> indexes,
        Func<VoortgangRecord, string>? sourceIdOf,
        IReadOnlyList<PersonKey?>? knownKeys,
        WriteOutcome outcome,
        CancellationToken cancellationToken)
    {
        if (indexes.Count == 0)
        {
            return [];
        }

        var sources = indexes
            .Select(n => sourceIdOf is null ? records[n] : records[n] with { SourceId = sourceIdOf((VoortgangRecord)records[n].Data) })
            .ToList();
        var indexOf = new Dictionary<SourceRecord, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < sources.Count; i++)
        {
            indexOf[sources[i]] = indexes[i];
        }

        var sub = new WriteOutcome();
        await writer.WriteAsync(context, sources, sub, cancellationToken, knownKeys is null ? null : [.. indexes.Select(n => knownKeys[n])]);
        outcome.Inserted += sub.Inserted;
        outcome.Updated += sub.Updated;
        outcome.Unchanged += sub.Unchanged;
        return [.. sub.Rejected.Select(r => (indexOf[r.Record], r.Rejection, r.Key))];
    }
}

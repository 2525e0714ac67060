using Inburgering.Hub.Data;
using Inburgering.Hub.Reporting.Model;
using Inburgering.Hub.Reporting.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Reporting;

/// <summary>
/// Computes the voortgangsrapportage (docs/voortgangsrapportage.md) for a period and a set
/// of gemeenten on the caller-scoped store, from the journey projection as the caller sees it
/// (<see cref="JourneyReport"/>): distinct counts per gemeente and over the union (the region). On an
/// aggregate-only store (<see cref="Data.Scoping.AggregateStore"/>) every figure that includes persons of
/// gemeenten the caller has no rows of is perturbed by the cell-key method (<see cref="ReportPerturbation"/>).
/// </summary>
/// <param name="cellKeys">The cell-key secret and table, resolved only when a report includes aggregate-only gemeenten.</param>
public sealed class VoortgangsrapportageService(Lazy<CellKeys> cellKeys)
{
    /// <summary>
    /// The report over [<paramref name="van"/>, <paramref name="tot"/>] on the caller-scoped
    /// <paramref name="db"/> for <paramref name="gemeenten"/> in that order (null or empty: all the caller may see).
    /// </summary>
    /// <exception cref="ReportException">INVALID_PERIOD, FORBIDDEN_GEMEENTE or UNKNOWN_GEMEENTE.</exception>
    public async Task<Voortgangsrapportage> ComputeAsync(
        HubDbContext db, DateOnly van, DateOnly tot, IReadOnlyList<string>? gemeenten, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (van > tot)
        {
            throw new ReportException(ReportException.InvalidPeriod, $"van ({van:yyyy-MM-dd}) is after tot ({tot:yyyy-MM-dd}).");
        }

        // Blank entries (e.g. an empty ?gemeente= of the CSV export) name no gemeente: as if not given.
        var named = gemeenten?.Select(g => g.Trim()).Where(g => g.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var asked = named is { Count: > 0 } ? named : null;
        if (asked is not null && !db.Scope.IsUnrestricted)
        {
            var forbidden = asked.Where(g => !db.Scope.Gemeenten.Contains(g, StringComparer.Ordinal)).ToList();
            if (forbidden.Count > 0)
            {
                throw new ReportException(
                    ReportException.ForbiddenGemeente,
                    $"You have no access to gemeente {string.Join(", ", forbidden)}; the report is available for {string.Join(", ", db.Scope.Gemeenten)}.");
            }
        }

        var configured = await db.Gemeenten.AsNoTracking().ToDictionaryAsync(g => g.Code, StringComparer.Ordinal, cancellationToken);
        List<string> codes;
        if (asked is null)
        {
            codes = [.. configured.Keys.Where(c => db.Scope.IsUnrestricted || db.Scope.Gemeenten.Contains(c, StringComparer.Ordinal)).Order(StringComparer.Ordinal)];
        }
        else
        {
            var unknown = asked.Where(g => !configured.ContainsKey(g)).ToList();
            if (unknown.Count > 0)
            {
                throw new ReportException(ReportException.UnknownGemeente, $"Gemeente {string.Join(", ", unknown)} is not served by the hub.");
            }

            codes = asked;
        }

        var aggregateOnly = db.Scope.IsAggregateOnly
            ? db.Scope.AggregateGemeenten.Intersect(codes, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal)
            : [];
        var (counted, units) = await JourneyReport.CountAsync(db, van, tot, codes, aggregateOnly, cancellationToken);
        var counts = new ReportCounts();
        counts.AddRange(counted);

        List<string> verstoord = [];
        if (aggregateOnly.Count > 0)
        {
            var keys = cellKeys.Value;
            var persons = await keys.PersonKeysAsync(db, units.Where(u => ReportRij.EenheidSoort(u.Rij) is null).Select(u => u.Sleutel), cancellationToken);

            // A unit that is no person (a PIP, an ontzorgtraject) is keyed once, however many cells count it.
            var eenheden = new Dictionary<(string Soort, long Sleutel), ulong>();
            ulong RecordKey(ReportFact u)
            {
                if (ReportRij.EenheidSoort(u.Rij) is not { } soort)
                {
                    return persons.GetValueOrDefault(u.Sleutel);
                }

                if (!eenheden.TryGetValue((soort, u.Sleutel), out var key))
                {
                    eenheden[(soort, u.Sleutel)] = key = keys.UnitKey(soort, u.Sleutel);
                }

                return key;
            }

            ReportPerturbation.Apply(counts, [.. codes.Where(aggregateOnly.Contains)], units, RecordKey, keys.Table);
            verstoord = [.. codes.Where(aggregateOnly.Contains).Select(c => $"gemeenten[{c}]"), "regio"];
        }

        var perGemeente = codes.Select(c => ReportAssembler.Build(counts, c, configured.GetValueOrDefault(c))).ToList();
        var regio = ReportAssembler.Build(counts, null, null);
        return new Voortgangsrapportage(van, tot, perGemeente, regio, verstoord);
    }
}

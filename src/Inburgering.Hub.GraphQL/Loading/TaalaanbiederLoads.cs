using GraphQL;
using GraphQL.DataLoader;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Querying;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.GraphQL.Loading;

/// <summary>Batched loads of the taalaanbieder rows (one query per level, caller-scoped like every load, the columns the selection reads).</summary>
internal static class TaalaanbiederLoads
{
    /// <summary>The metingen of a leerroute-deelname by peildatum, withdrawn rows only on request.</summary>
    public static IDataLoaderResult<IReadOnlyList<Voortgangsmeting>> MetingenOf(this IResolveFieldContext context, long deelnameId, bool metIngetrokken)
    {
        var projection = SelectedColumns.OfRows<Voortgangsmeting>(context, nameof(Voortgangsmeting.Id), nameof(Voortgangsmeting.LeerrouteDeelnameId));
        return context.Loaders().Get<long, IReadOnlyList<Voortgangsmeting>>(
            $"voortgangsmeting.byDeelname.{metIngetrokken}.{projection?.Signature ?? "*"}",
            async (ids, ct) =>
            {
                var db = await context.ReadDbAsync(ct);
                var rows = db.Set<Voortgangsmeting>().AsNoTracking()
                    .Where(m => ids.Contains(m.LeerrouteDeelnameId) && (metIngetrokken || !m.IsDeleted))
                    .OrderBy(m => m.Peildatum).ThenBy(m => m.Id);
                var list = await (projection is null ? rows : rows.Select(projection.Selector)).ToListAsync(ct);
                return list.GroupBy(m => m.LeerrouteDeelnameId).ToDictionary(g => g.Key, g => (IReadOnlyList<Voortgangsmeting>)[.. g]);
            },
            []).Load(deelnameId);
    }

    /// <summary>One leerroute-deelname by id; null when not yours to see.</summary>
    public static IDataLoaderResult<LeerrouteDeelname?> LeerrouteDeelname(this IResolveFieldContext context, long id)
    {
        var projection = SelectedColumns.OfRows<LeerrouteDeelname>(context, nameof(Domain.Entities.LeerrouteDeelname.Id));
        return context.Loaders().Get<long, LeerrouteDeelname?>(
            "leerrouteDeelname.byId." + (projection?.Signature ?? "*"),
            async (ids, ct) =>
            {
                var db = await context.ReadDbAsync(ct);
                var rows = db.Set<LeerrouteDeelname>().AsNoTracking().Where(d => ids.Contains(d.Id));
                return await (projection is null ? rows : rows.Select(projection.Selector))
                    .ToDictionaryAsync(d => d.Id, d => (LeerrouteDeelname?)d, ct);
            },
            null).Load(id);
    }
}

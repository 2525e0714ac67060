using GraphQL;
using GraphQL.DataLoader;
using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.GraphQL.Loading;

/// <summary>Batched loads of the taalaanbieder rows (one query per level, caller-scoped like every load).</summary>
internal static class TaalaanbiederLoads
{
    /// <summary>The metingen of a leerroute-deelname by peildatum, withdrawn rows only on request.</summary>
    public static IDataLoaderResult<IReadOnlyList<Voortgangsmeting>> MetingenOf(this IResolveFieldContext context, long deelnameId, bool metIngetrokken) =>
        context.Loaders().Get<long, IReadOnlyList<Voortgangsmeting>>(
            $"voortgangsmeting.byDeelname.{metIngetrokken}",
            async (ids, ct) =>
            {
                var rows = await context.Db().Set<Voortgangsmeting>().AsNoTracking()
                    .Where(m => ids.Contains(m.LeerrouteDeelnameId) && (metIngetrokken || !m.IsDeleted))
                    .OrderBy(m => m.Peildatum).ThenBy(m => m.Id)
                    .ToListAsync(ct);
                return rows.GroupBy(m => m.LeerrouteDeelnameId).ToDictionary(g => g.Key, g => (IReadOnlyList<Voortgangsmeting>)[.. g]);
            },
            []).Load(deelnameId);

    /// <summary>One leerroute-deelname by id; null when not yours to see.</summary>
    public static IDataLoaderResult<LeerrouteDeelname?> LeerrouteDeelname(this IResolveFieldContext context, long id) =>
        context.Loaders().Get<long, LeerrouteDeelname?>(
            "leerrouteDeelname.byId",
            async (ids, ct) => await context.Db().Set<LeerrouteDeelname>().AsNoTracking()
                .Where(d => ids.Contains(d.Id))
                .ToDictionaryAsync(d => d.Id, d => (LeerrouteDeelname?)d, ct),
            null).Load(id);
}

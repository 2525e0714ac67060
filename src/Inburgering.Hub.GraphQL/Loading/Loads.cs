using GraphQL;
using GraphQL.DataLoader;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Operational;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.GraphQL.Loading;

/// <summary>
/// The batched relation loads of the schema. Each runs one query per level of the request against
/// the caller-scoped context, so the caller's gemeente filter applies to every relation.
/// </summary>
internal static class Loads
{
    public static IDataLoaderResult<Inburgeraar?> Inburgeraar(this IResolveFieldContext context, long id) =>
        context.Loaders().Get<long, Inburgeraar?>(
            "inburgeraar.byId",
            async (ids, ct) => await context.Db().Inburgeraars.AsNoTracking()
                .Where(i => ids.Contains(i.Id))
                .ToDictionaryAsync(i => i.Id, i => (Inburgeraar?)i, ct),
            null).Load(id);

    public static IDataLoaderResult<Gemeente?> Gemeente(this IResolveFieldContext context, string code) =>
        context.Loaders().Get<string, Gemeente?>(
            "gemeente.byCode",
            async (codes, ct) => await context.Db().Gemeenten.AsNoTracking()
                .Where(g => codes.Contains(g.Code))
                .ToDictionaryAsync(g => g.Code, g => (Gemeente?)g, ct),
            null).Load(code);

    public static IDataLoaderResult<SourceFile?> SourceFile(this IResolveFieldContext context, long id) =>
        context.Loaders().Get<long, SourceFile?>(
            "sourceFile.byId",
            async (ids, ct) => await context.Db().SourceFiles.AsNoTracking()
                .Where(f => ids.Contains(f.Id))
                .ToDictionaryAsync(f => f.Id, f => (SourceFile?)f, ct),
            null).Load(id);

    public static IDataLoaderResult<SyncRun?> SyncRun(this IResolveFieldContext context, long id) =>
        context.Loaders().Get<long, SyncRun?>(
            "syncRun.byId",
            async (ids, ct) => await context.Db().SyncRuns.AsNoTracking()
                .Where(r => ids.Contains(r.Id))
                .ToDictionaryAsync(r => r.Id, r => (SyncRun?)r, ct),
            null).Load(id);

    /// <summary>The person facts of type <typeparamref name="T"/> per person, withdrawn rows only on request.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> FactsOf<T>(this IResolveFieldContext context, long inburgeraarId, bool metIngetrokken)
        where T : PersonFact =>
        context.Loaders().Get<long, IReadOnlyList<T>>(
            $"{typeof(T).Name}.byPerson.{metIngetrokken}",
            async (ids, ct) =>
            {
                var rows = await context.Db().Set<T>().AsNoTracking()
                    .Where(f => ids.Contains(f.InburgeraarId) && (metIngetrokken || !f.IsDeleted))
                    .OrderBy(f => f.Id)
                    .ToListAsync(ct);
                return rows.GroupBy(f => f.InburgeraarId).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g]);
            },
            []).Load(inburgeraarId);
}

using GraphQL;
using GraphQL.DataLoader;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.GraphQL.Querying;
using Inburgering.Hub.Sync.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.GraphQL.Loading;

/// <summary>
/// The batched relation loads of the schema. Each runs one query per level of the request against
/// the caller-scoped context, so the caller's gemeente filter applies to every relation. Loads named
/// <c>Selected…</c> read only the columns the field's selection reads (<see cref="FieldReads"/>); their
/// loader is per projection, so two selections of the same relation with different columns are two batches.
/// </summary>
internal static class Loads
{
    /// <summary>The person <paramref name="id"/> with the columns the field's selection reads; null when not yours to see.</summary>
    public static IDataLoaderResult<Inburgeraar?> Inburgeraar(this IResolveFieldContext context, long id)
    {
        var projection = SelectedColumns.OfRows<Inburgeraar>(context, nameof(Domain.Entities.Inburgeraar.Id));
        return context.Loaders().Get<long, Inburgeraar?>(
            "inburgeraar.byId." + (projection?.Signature ?? "*"),
            async (ids, ct) =>
            {
                var db = await context.ReadDbAsync(ct);
                var rows = db.Inburgeraars.AsNoTracking().Where(i => ids.Contains(i.Id));
                return await (projection is null ? rows : rows.Select(projection.Selector))
                    .ToDictionaryAsync(i => i.Id, i => (Inburgeraar?)i, ct);
            },
            null).Load(id);
    }

    /// <summary>
    /// The gemeente <paramref name="code"/>: from the configured catalog (<c>Hub:Gemeenten</c>), which the store's
    /// <c>gemeenten</c> table mirrors from the start of the hub (<see cref="GemeenteCatalogWriter"/>), so a page's
    /// <c>gemeente</c> costs no statement; a code that is no longer configured is looked up in the store (batched).
    /// </summary>
    public static IDataLoaderResult<Gemeente?> Gemeente(this IResolveFieldContext context, string code)
    {
        if (context.RequestServices!.GetService<GemeenteCatalog>()?.Find(code) is { } configured)
        {
            return new LoadedResult<Gemeente?>(new Gemeente { Code = configured.Code, Naam = configured.Naam, Regio = configured.Regio });
        }

        return context.Loaders().Get<string, Gemeente?>(
            "gemeente.byCode",
            async (codes, ct) => await (await context.ReadDbAsync(ct)).Gemeenten.AsNoTracking()
                .Where(g => codes.Contains(g.Code))
                .ToDictionaryAsync(g => g.Code, g => (Gemeente?)g, ct),
            null).Load(code);
    }

    public static IDataLoaderResult<SourceFile?> SourceFile(this IResolveFieldContext context, long id) =>
        context.Loaders().Get<long, SourceFile?>(
            "sourceFile.byId",
            async (ids, ct) => await (await context.ReadDbAsync(ct)).SourceFiles.AsNoTracking()
                .Where(f => ids.Contains(f.Id))
                .ToDictionaryAsync(f => f.Id, f => (SourceFile?)f, ct),
            null).Load(id);

    public static IDataLoaderResult<SyncRun?> SyncRun(this IResolveFieldContext context, long id) =>
        context.Loaders().Get<long, SyncRun?>(
            "syncRun.byId",
            async (ids, ct) => await (await context.ReadDbAsync(ct)).SyncRuns.AsNoTracking()
                .Where(r => ids.Contains(r.Id))
                .ToDictionaryAsync(r => r.Id, r => (SyncRun?)r, ct),
            null).Load(id);

    /// <summary>The person facts of type <typeparamref name="T"/> per person, whole rows, withdrawn rows only on request (for values derived from them).</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> FactsOf<T>(this IResolveFieldContext context, long inburgeraarId, bool metIngetrokken)
        where T : PersonFact =>
        FactsOf<T>(context, inburgeraarId, metIngetrokken, null);

    /// <summary>The person facts of type <typeparamref name="T"/> per person that the field returns, with the columns its selection reads.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> SelectedFactsOf<T>(this IResolveFieldContext context, long inburgeraarId, bool metIngetrokken)
        where T : PersonFact =>
        FactsOf(context, inburgeraarId, metIngetrokken, SelectedColumns.OfRows<T>(context, nameof(PersonFact.Id), nameof(PersonFact.InburgeraarId)));

    private static IDataLoaderResult<IReadOnlyList<T>> FactsOf<T>(IResolveFieldContext context, long inburgeraarId, bool metIngetrokken, Projection<T>? projection)
        where T : PersonFact =>
        context.Loaders().Get<long, IReadOnlyList<T>>(
            $"{typeof(T).Name}.byPerson.{metIngetrokken}.{projection?.Signature ?? "*"}",
            async (ids, ct) =>
            {
                var db = await context.ReadDbAsync(ct);
                var rows = db.Set<T>().AsNoTracking()
                    .Where(f => ids.Contains(f.InburgeraarId) && (metIngetrokken || !f.IsDeleted))
                    .OrderBy(f => f.Id);
                var list = await (projection is null ? rows : rows.Select(projection.Selector)).ToListAsync(ct);
                return list.GroupBy(f => f.InburgeraarId).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g]);
            },
            []).Load(inburgeraarId);
}

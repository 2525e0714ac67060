using GraphQL;
using GraphQL.DataLoader;
using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.GraphQL.Loading;

/// <summary>Batched loads of the DUO rows (one query per level, caller-scoped like every load).</summary>
internal static class DuoLoads
{
    /// <summary>The responsibility periods of a plicht (source ids <c>{kennisgevingId}:{van}</c>), oldest first.</summary>
    public static IDataLoaderResult<IReadOnlyList<PlichtGemeente>> GemeenteHistorie(this IResolveFieldContext context, Inburgeringsplicht plicht, bool metIngetrokken) =>
        context.FactsOf<PlichtGemeente>(plicht.InburgeraarId, metIngetrokken).Then(rows => (IReadOnlyList<PlichtGemeente>)
        [
            .. rows
                .Where(p => p.SourceConnector == plicht.SourceConnector && p.SourceStream == plicht.SourceStream
                    && p.SourceId.StartsWith(plicht.SourceId + ":", StringComparison.Ordinal))
                .OrderBy(p => p.Van),
        ]);

    /// <summary>A DUO melding of a connector and stream by its melding id; null when not yours to see.</summary>
    public static IDataLoaderResult<DuoMelding?> Melding(this IResolveFieldContext context, string connector, string stream, string sourceId) =>
        context.Loaders().Get<string, DuoMelding?>(
            $"duoMelding.bySourceId.{connector}.{stream}",
            async (ids, ct) => await (await context.ReadDbAsync(ct)).DuoMeldingen.AsNoTracking()
                .Where(m => m.SourceConnector == connector && m.SourceStream == stream && ids.Contains(m.SourceId))
                .ToDictionaryAsync(m => m.SourceId, m => (DuoMelding?)m, ct),
            null).Load(sourceId);
}

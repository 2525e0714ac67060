using GraphQL;
using GraphQL.DataLoader;
using Inburgering.Hub.Sync.Archive;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.GraphQL.Loading;

/// <summary>Batched lineage loads from the raw archive: one <see cref="RawArchive.FindManyAsync"/> per level of the request.</summary>
internal static class ArchiveLoads
{
    /// <summary>The archived (masked) raw record at <paramref name="location"/> of document <paramref name="sourceFileId"/>; null when not archived (any more).</summary>
    public static IDataLoaderResult<string?> RuwRecord(this IResolveFieldContext context, long sourceFileId, string location) =>
        context.Loaders().Get<(long SourceFileId, string Location), string?>(
            "rawArchive.byLocation",
            async (keys, ct) =>
            {
                var found = await context.RequestServices!.GetRequiredService<RawArchive>().FindManyAsync(keys, ct);
                return found.ToDictionary(f => f.Key, f => (string?)f.Value);
            },
            null).Load((sourceFileId, location));
}

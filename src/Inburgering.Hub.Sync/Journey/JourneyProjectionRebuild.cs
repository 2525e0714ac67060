using Inburgering.Hub.Data;

namespace Inburgering.Hub.Sync.Journey;

/// <summary>
/// Fills the journey projection from the rows already there when the latest migration that changes it
/// (<c>JourneyProjectionCells</c>: the narrow encoding) is applied. A database older than the projection
/// itself applies <c>JourneyProjection</c> and <c>JourneyProjectionCells</c> in one start-up, so one
/// rebuild after the latest covers both.
/// </summary>
internal sealed class JourneyProjectionRebuild : IPostMigrationStep
{
    public string Migration => "JourneyProjectionCells";

    public Task RunAsync(HubDbContext db, CancellationToken cancellationToken) => JourneyProjection.RebuildAsync(db, cancellationToken);
}

using Inburgering.Hub.Data;

namespace Inburgering.Hub.Sync.Journey;

/// <summary>Fills the journey projection from the rows already there when the migration that adds it is applied.</summary>
internal sealed class JourneyProjectionRebuild : IPostMigrationStep
{
    public string Migration => "JourneyProjection";

    public Task RunAsync(HubDbContext db, CancellationToken cancellationToken) => JourneyProjection.RebuildAsync(db, cancellationToken);
}

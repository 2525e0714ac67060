namespace Inburgering.Hub.Data;

/// <summary>
/// Work that must follow a migration once, in the same start-up (e.g. filling a table the migration adds
/// from the rows already there). <see cref="DatabaseMigrator"/> runs it when <see cref="Migration"/> was
/// among the migrations it applied.
/// </summary>
public interface IPostMigrationStep
{
    /// <summary>The name of the migration (the part after the timestamp, e.g. <c>JourneyProjection</c>).</summary>
    string Migration { get; }

    /// <summary>Runs the step on a system context.</summary>
    Task RunAsync(HubDbContext db, CancellationToken cancellationToken);
}

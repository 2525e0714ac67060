using Inburgering.Hub.Sync.Engine;
using Microsoft.Extensions.Hosting;

namespace Inburgering.Hub.Sync.Scheduling;

/// <summary>
/// Schedules the connectors at start; at shutdown cancels running syncs (their open batch is rolled
/// back, committed state stays) and waits for them, before the scheduler itself stops.
/// </summary>
internal sealed class SyncHostedService(SyncSchedules schedules, SyncEngine engine) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => schedules.ScheduleAllAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => engine.StopAsync(cancellationToken);
}

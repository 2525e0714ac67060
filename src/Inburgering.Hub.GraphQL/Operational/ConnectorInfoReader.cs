using Inburgering.Hub.Data;
using Inburgering.Hub.Sync.Engine;
using Inburgering.Hub.Sync.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.GraphQL.Operational;

/// <summary>Builds <see cref="ConnectorInfo"/> for every installed connector (settings redacted).</summary>
public sealed class ConnectorInfoReader(ConnectorCatalog catalog, SyncEngine engine, SyncSchedules schedules, HubDbContextFactory dbFactory)
{
    public async Task<IReadOnlyList<ConnectorInfo>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateSystem();
        var lastRuns = (await db.SyncRuns.AsNoTracking()
                .GroupBy(r => r.Connector)
                .Select(g => g.OrderByDescending(r => r.Id).First())
                .ToListAsync(cancellationToken))
            .ToDictionary(r => r.Connector, StringComparer.OrdinalIgnoreCase);
        var running = engine.Running.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var result = new List<ConnectorInfo>();
        foreach (var connector in catalog.All.OrderBy(c => c.Manifest.Name, StringComparer.Ordinal))
        {
            var name = connector.Manifest.Name;
            var options = catalog.OptionsFor(name);
            var settings = connector.Manifest.Settings
                .Select(s =>
                {
                    var value = options.Settings.GetValueOrDefault(s.Key);
                    return new ConnectorSettingInfo(s.Key, s.Description, s.Required, s.Secret, s.Secret && !string.IsNullOrEmpty(value) ? "***" : value);
                })
                .ToList();
            result.Add(new ConnectorInfo(
                connector.Manifest,
                options.Enabled,
                options.Schedule,
                settings,
                running.Contains(name),
                lastRuns.GetValueOrDefault(name),
                await schedules.NextRunAsync(name, cancellationToken)));
        }

        return result;
    }
}

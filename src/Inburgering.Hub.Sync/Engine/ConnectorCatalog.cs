using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Sync.Configuration;
using Microsoft.Extensions.Configuration;

namespace Inburgering.Hub.Sync.Engine;

/// <summary>The installed connectors (referenced and plug-ins) with their configuration.</summary>
public sealed class ConnectorCatalog(IEnumerable<IConnector> connectors, IConfiguration configuration)
{
    private readonly Dictionary<string, IConnector> _byName =
        connectors.ToDictionary(c => c.Manifest.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<IConnector> All => _byName.Values;

    public IConnector Get(string name) =>
        _byName.TryGetValue(name, out var c)
            ? c
            : throw new UnknownConnectorException(
                $"No connector named '{name}' is installed. Installed: {string.Join(", ", _byName.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>Configuration <c>Hub:Connectors:&lt;name&gt;</c>, with manifest defaults for missing settings.</summary>
    public ConnectorOptions OptionsFor(string name)
    {
        var options = configuration.GetSection($"Hub:Connectors:{name}").Get<ConnectorOptions>() ?? new ConnectorOptions();
        foreach (var setting in Get(name).Manifest.Settings)
        {
            if (setting.Default is not null && string.IsNullOrWhiteSpace(options.Settings.GetValueOrDefault(setting.Key)))
            {
                options.Settings[setting.Key] = setting.Default;
            }
        }

        return options;
    }

    public ConnectorSettings SettingsFor(string name) => new(OptionsFor(name).Settings);
}

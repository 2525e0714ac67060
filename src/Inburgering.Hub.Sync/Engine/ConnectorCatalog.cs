using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Sync.Configuration;
using Inburgering.Hub.Sync.Plugins;
using Microsoft.Extensions.Configuration;

namespace Inburgering.Hub.Sync.Engine;

/// <summary>The installed connectors (referenced and plug-ins) with their configuration.</summary>
public sealed class ConnectorCatalog(IEnumerable<IConnector> connectors, PluginConnectors plugins, IConfiguration configuration)
{
    private readonly Dictionary<string, IConnector> _byName = Index(connectors.Concat(plugins.All));

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

        // Settings are one flat dictionary: nested keys (Aanbieders:FIOLET:Columns:bsn) keep their full path.
        foreach (var (key, value) in configuration.GetSection($"Hub:Connectors:{name}:Settings").AsEnumerable(makePathsRelative: true))
        {
            if (value is not null)
            {
                options.Settings[key] = value;
            }
        }

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

    private static Dictionary<string, IConnector> Index(IEnumerable<IConnector> all)
    {
        var byName = new Dictionary<string, IConnector>(StringComparer.OrdinalIgnoreCase);
        foreach (var connector in all)
        {
            if (!byName.TryAdd(connector.Manifest.Name, connector))
            {
                throw new InvalidOperationException(
                    $"Two connectors are named '{connector.Manifest.Name}' ({byName[connector.Manifest.Name].GetType().FullName} and "
                    + $"{connector.GetType().FullName}); remove one from the references or the plug-in folder.");
            }
        }

        return byName;
    }
}

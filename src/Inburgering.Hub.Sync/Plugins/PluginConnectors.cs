using System.Reflection;
using Inburgering.Hub.Connectors.Abstractions;
using Microsoft.Extensions.Logging;

namespace Inburgering.Hub.Sync.Plugins;

/// <summary>
/// Connectors found in the plug-in folder. Each subfolder (or loose DLL) gets its own
/// <see cref="PluginLoadContext"/>; every public non-abstract <see cref="IConnector"/> with a public
/// parameterless constructor is instantiated once.
/// </summary>
public sealed partial class PluginConnectors(PluginOptions options, ILogger<PluginConnectors> logger)
{
    private readonly Lazy<IReadOnlyList<IConnector>> _connectors = new(() => Load(options, logger));

    public IReadOnlyList<IConnector> All => _connectors.Value;

    private static List<IConnector> Load(PluginOptions options, ILogger logger)
    {
        var root = System.IO.Path.GetFullPath(options.Path);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var candidates = Directory.GetFiles(root, "*.dll", SearchOption.TopDirectoryOnly)
            .Concat(Directory.GetDirectories(root).SelectMany(d => Directory.GetFiles(d, "*.dll", SearchOption.TopDirectoryOnly)))
            .Order(StringComparer.Ordinal);
        var found = new List<IConnector>();
        foreach (var path in candidates)
        {
            if (IsSdk(path))
            {
                continue;
            }

            Assembly assembly;
            try
            {
                assembly = new PluginLoadContext(path).LoadFromAssemblyPath(path);
            }
            catch (BadImageFormatException)
            {
                continue; // a native library or resource next to the plug-in
            }

            foreach (var type in ConnectorTypes(assembly))
            {
                found.Add((IConnector)Activator.CreateInstance(type)!);
                LogLoaded(logger, type.FullName ?? type.Name, path);
            }
        }

        return found;
    }

    private static bool IsSdk(string path) =>
        string.Equals(
            System.IO.Path.GetFileNameWithoutExtension(path),
            typeof(IConnector).Assembly.GetName().Name,
            StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<Type> ConnectorTypes(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            throw new InvalidOperationException(
                $"Plug-in {assembly.Location} cannot be loaded: {ex.LoaderExceptions.FirstOrDefault()?.Message}. "
                + "Build it against the hub's connector SDK version.", ex);
        }

        return types.Where(t => typeof(IConnector).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }
            && t.GetConstructor(Type.EmptyTypes) is not null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded plug-in connector {Type} from {Path}")]
    private static partial void LogLoaded(ILogger logger, string type, string path);
}

using System.Reflection;
using System.Runtime.Loader;
using Inburgering.Hub.Connectors.Abstractions;
using Microsoft.Extensions.Logging;

namespace Inburgering.Hub.Sync.Plugins;

/// <summary>
/// Connectors found in the plug-in folder (<see cref="PluginOptions.Path"/>). Each subfolder is one
/// plug-in with one <see cref="PluginLoadContext"/> for all of its assemblies (a loose DLL in the
/// folder itself is a plug-in of its own); the connector SDK and its dependencies are shared from the
/// default context. Every public non-abstract <see cref="IConnector"/> with a public parameterless
/// constructor in the plug-in's assemblies is instantiated once.
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

        var shared = SharedAssemblies();
        var plugins = Directory.GetDirectories(root)
            .Order(StringComparer.Ordinal)
            .Select(d => (Folder: d, Assemblies: Directory.GetFiles(d, "*.dll", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList()))
            .Concat(Directory.GetFiles(root, "*.dll", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).Select(f => (Folder: root, Assemblies: new List<string> { f })));
        var found = new List<IConnector>();
        foreach (var (folder, files) in plugins)
        {
            var assemblies = files.Where(f => !shared.Contains(System.IO.Path.GetFileNameWithoutExtension(f))).ToList();
            if (assemblies.Count == 0)
            {
                continue;
            }

            var context = new PluginLoadContext(folder, assemblies, shared);
            foreach (var path in assemblies)
            {
                Assembly assembly;
                try
                {
                    assembly = LoadOnce(context, path);
                }
                catch (BadImageFormatException)
                {
                    continue; // a native library or resource next to the plug-in
                }

                foreach (var type in ConnectorTypes(assembly))
                {
                    found.Add((IConnector)Activator.CreateInstance(type)!);
                    LogLoaded(logger, type.FullName ?? type.Name, path, context.Name ?? folder);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// An assembly of the folder, loaded once in the folder's context: when another assembly of the
    /// folder already pulled it in as a dependency, that instance is the one.
    /// </summary>
    private static Assembly LoadOnce(PluginLoadContext context, string path)
    {
        var name = AssemblyName.GetAssemblyName(path);
        return context.Assemblies.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(name, a.GetName()))
            ?? context.LoadFromAssemblyPath(path);
    }

    /// <summary>
    /// The connector SDK and the assemblies it references, transitively, as the default context has
    /// them: the contracts a plug-in and the hub must share.
    /// </summary>
    internal static IReadOnlySet<string> SharedAssemblies()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<Assembly>([typeof(IConnector).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            if (!names.Add(assembly.GetName().Name!))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (reference.Name is null || names.Contains(reference.Name) || IsFramework(reference.Name))
                {
                    continue;
                }

                try
                {
                    pending.Push(AssemblyLoadContext.Default.LoadFromAssemblyName(reference));
                }
                catch (Exception ex) when (ex is FileNotFoundException or FileLoadException)
                {
                    // Referenced but not deployed with the hub (never called), or not in a version the
                    // hub can load: not shared; the plug-in resolves it from its folder.
                }
            }
        }

        return names;
    }

    /// <summary>The runtime's own assemblies: always from the default context, no need to walk them.</summary>
    private static bool IsFramework(string name) =>
        name.StartsWith("System", StringComparison.Ordinal)
        || name is "mscorlib" or "netstandard" or "Microsoft.Win32.Primitives" or "Microsoft.Win32.Registry";

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded plug-in connector {Type} from {Path} (load context {Context})")]
    private static partial void LogLoaded(ILogger logger, string type, string path, string context);
}

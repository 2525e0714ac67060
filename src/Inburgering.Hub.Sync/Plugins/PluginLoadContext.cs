using System.Reflection;
using System.Runtime.Loader;

namespace Inburgering.Hub.Sync.Plugins;

/// <summary>
/// The load context of one plug-in <b>folder</b>: every assembly of the folder loads here once, so
/// the assemblies of one plug-in see each other's types. Shared contracts come from the default
/// context: the connector SDK and every assembly it references (transitively, as the hub loaded
/// them), so <c>IConnector</c>, the records and the SDK helpers' types are the same on both sides,
/// whatever copy the plug-in's folder holds. Anything else resolves from the folder first (through
/// each assembly's <c>.deps.json</c>, then by file name), and falls back to the default context
/// (the framework, and what the hub has that the plug-in did not bring).
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private readonly string _folder;
    private readonly IReadOnlySet<string> _shared;
    private readonly List<AssemblyDependencyResolver> _resolvers;

    /// <param name="folder">The plug-in folder.</param>
    /// <param name="assemblies">Its assemblies (full paths); those with a <c>.deps.json</c> beside them resolve their dependencies through it.</param>
    /// <param name="shared">Names of the assemblies always taken from the default context.</param>
    public PluginLoadContext(string folder, IEnumerable<string> assemblies, IReadOnlySet<string> shared)
        : base($"plugin:{Path.GetFileName(folder)}", isCollectible: false)
    {
        _folder = folder;
        _shared = shared;
        _resolvers = [.. assemblies
            .Where(a => File.Exists(Path.ChangeExtension(a, ".deps.json")))
            .Select(a => new AssemblyDependencyResolver(a))];
    }

    /// <summary>The plug-in folder.</summary>
    public string Folder => _folder;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null || _shared.Contains(assemblyName.Name))
        {
            return null;
        }

        foreach (var resolver in _resolvers)
        {
            if (resolver.ResolveAssemblyToPath(assemblyName) is { } resolved)
            {
                return LoadFromAssemblyPath(resolved);
            }
        }

        var local = Path.Combine(_folder, assemblyName.Name + ".dll");
        return File.Exists(local) ? LoadFromAssemblyPath(local) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        foreach (var resolver in _resolvers)
        {
            if (resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path)
            {
                return LoadUnmanagedDllFromPath(path);
            }
        }

        return IntPtr.Zero;
    }
}

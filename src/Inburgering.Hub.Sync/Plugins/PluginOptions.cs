namespace Inburgering.Hub.Sync.Plugins;

/// <summary>Configuration <c>Hub:Plugins</c>.</summary>
public sealed class PluginOptions
{
    public const string Section = "Hub:Plugins";

    /// <summary>
    /// Folder with plug-in connectors: one subfolder per plug-in holding its DLL(s) (the output of
    /// <c>dotnet publish</c> of a class library that references only the connector SDK).
    /// </summary>
    public string Path { get; set; } = "plugins";
}

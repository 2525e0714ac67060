namespace Inburgering.Hub.Connectors.Taalaanbieder.Tests;

/// <summary>Locates the repository and the taalaanbieder contract's examples inside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>connectors/Inburgering.Hub.Connectors.Taalaanbieder/examples</c>, one folder per aanbieder.</summary>
    public static string Examples => Path.Combine(Root, "connectors", "Inburgering.Hub.Connectors.Taalaanbieder", "examples");

    public static string ServerAppSettings => Path.Combine(Root, "src", "Inburgering.Hub.Server", "appsettings.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Inburgering.Hub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Inburgering.Hub.sln not found above {AppContext.BaseDirectory}.");
    }
}

namespace Inburgering.Hub.Connectors.Taalaanbieder.Tests;

/// <summary>Locates the repository and the shared partner contracts beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>shared/contracts/examples/taalaanbieder</c>, which sits beside the repository.</summary>
    public static string Examples => Path.GetFullPath(Path.Combine(Root, "..", "shared", "contracts", "examples", "taalaanbieder"));

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

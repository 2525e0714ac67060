namespace Inburgering.Hub.Connectors.Coa.Tests;

/// <summary>Locates the repository and the COA contract examples inside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>connectors/Inburgering.Hub.Connectors.Coa/examples</c>: the COA contract's example files.</summary>
    public static string CoaExamples => Path.Combine(Root, "connectors", "Inburgering.Hub.Connectors.Coa", "examples");

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

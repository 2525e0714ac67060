namespace Inburgering.Hub.Server.Tests.Support;

/// <summary>Locates the repository and the shared partner contracts beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>shared/contracts/examples/coa</c>, which sits beside the repository.</summary>
    public static string CoaExamples => Path.GetFullPath(Path.Combine(Root, "..", "shared", "contracts", "examples", "coa"));

    /// <summary>The committed SDL, <c>schema/schema.graphql</c>.</summary>
    public static string SchemaFile => Path.Combine(Root, "schema", "schema.graphql");

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

namespace Inburgering.Hub.Server.Tests.Support;

/// <summary>Locates the repository and the partner contract examples inside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>connectors/Inburgering.Hub.Connectors.Coa/examples</c>: the COA contract's example files.</summary>
    public static string CoaExamples => ConnectorExamples("Coa");

    /// <summary>
    /// The example deliveries beside a connector's contract, <c>connectors/Inburgering.Hub.Connectors.{connector}/examples</c>
    /// (<paramref name="connector"/>: <c>Coa</c>, <c>Duo</c>, <c>Taalaanbieder</c>, <c>WerkSaam</c>).
    /// </summary>
    public static string ConnectorExamples(string connector) =>
        Path.Combine(Root, "connectors", $"Inburgering.Hub.Connectors.{connector}", "examples");

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

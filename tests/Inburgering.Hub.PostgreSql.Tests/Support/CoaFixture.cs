namespace Inburgering.Hub.PostgreSql.Tests.Support;

/// <summary>The COA contract's example files (<c>connectors/Inburgering.Hub.Connectors.Coa/examples</c>) as an inbox.</summary>
public static class CoaFixture
{
    public const string KoppelingenFile = "coa-koppelingen-20240105.csv";

    public const string TaakstellingFile = "coa-taakstelling-20240105.csv";

    /// <summary>14 koppelingen + 6 taakstellingen, less K-000044 (invalid BSN) and K-000045 (unknown gemeente).</summary>
    public const int ExpectedInserted = 18;

    public const int ExpectedQuarantined = 2;

    public static string Examples { get; } = ConnectorExamples("Coa");

    /// <summary>The example deliveries beside a connector's contract, <c>connectors/Inburgering.Hub.Connectors.{connector}/examples</c>.</summary>
    public static string ConnectorExamples(string connector) =>
        Path.Combine(FindRoot(), "connectors", $"Inburgering.Hub.Connectors.{connector}", "examples");

    /// <summary>Copies the example files into a new inbox under <paramref name="parent"/> and returns the COA settings for it.</summary>
    public static Dictionary<string, string?> Inbox(string parent)
    {
        var inbox = Path.Combine(parent, "coa-inbox-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(inbox);
        foreach (var file in new[] { KoppelingenFile, TaakstellingFile })
        {
            File.Copy(Path.Combine(Examples, file), Path.Combine(inbox, file));
        }

        return new Dictionary<string, string?> { ["Hub:Connectors:coa:Settings:InboxPath"] = inbox };
    }

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

using System.Text;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Duo.Tests;

/// <summary>Builds DUO batch files for the tests, and paths to the contract's example.</summary>
internal static class DuoXml
{
    public const string ExampleFile = "duo-meldingen-20240105-001.xml";

    // Elfproef-valid BSNs of the contract's example (synthetic persons).
    public const string BsnA = "397983724";
    public const string BsnB = "817360323";
    public const string BsnC = "717067348";

    /// <summary>Three persons: A (Enkhuizen, moves to Hoorn, examen corrected, verlenging, boete), B (WI2013, voldaan), C (ontheffing).</summary>
    public static string GoodFixture => Batch(
        Gestart("A1", "2022-08-15", BsnA, "GM0388"),
        Melding("A2", "TERMIJN_VASTGESTELD", "2022-09-29", BsnA, "GM0388", "<termijn aanvang=\"2022-09-30\" einde=\"2025-09-29\"/>"),
        Melding("A3", "TERMIJN_VERLENGD", "2024-01-02", BsnA, "GM0405", "<verlenging weken=\"26\" nieuweEinde=\"2026-03-29\" grond=\"ZIEKTE\"/>"),
        Melding("A4", "EXAMENUITSLAG", "2023-06-20", BsnA, "GM0388", "<examen onderdeel=\"LEZEN\" niveau=\"B1\" resultaat=\"GESLAAGD\" cijfer=\"7.2\" examendatum=\"2023-06-01\"/>"),
        Melding("A5", "EXAMENUITSLAG", "2023-06-22", BsnA, "GM0388", "<examen onderdeel=\"LEZEN\" niveau=\"B1\" resultaat=\"NIET_GESLAAGD\" cijfer=\"5.1\" examendatum=\"2023-06-01\"/>", correctieVan: "A4"),
        Melding("A6", "VERHUISD", "2023-09-01", BsnA, "GM0388", "<naarGemeente>GM0405</naarGemeente>"),
        Melding("A7", "BOETE", "2023-10-01", BsnA, "GM0405", "<boete bedrag=\"250.00\"/>"),
        Gestart("B1", "2021-03-01", BsnB, "GM0405", wet: "WI2013", doelgroep: "GEZINSMIGRANT"),
        Melding("B2", "VOLDAAN", "2023-05-01", BsnB, "GM0405"),
        Gestart("C1", "2022-11-06", BsnC, "GM1598", doelgroep: "OVERIGE_MIGRANT"),
        Melding("C2", "ONTHEFFING", "2023-03-01", BsnC, "GM1598", "<reden>MEDISCH</reden>"));

    public static string Example => Path.Combine(RepoRoot(), "connectors", "Inburgering.Hub.Connectors.Duo", "examples", ExampleFile);

    public static ConnectorSettings Settings(string folder, bool move = true) =>
        new([new("InboxPath", folder), new("MoveProcessed", move ? "true" : "false")]);

    public static string Melding(string id, string soort, string datum, string bsn, string gemeente, string extra = "", string? correctieVan = null) =>
        $"<melding id=\"{id}\" soort=\"{soort}\" datum=\"{datum}\"{(correctieVan is null ? "" : $" correctieVan=\"{correctieVan}\"")}>"
        + $"<bsn>{bsn}</bsn><gemeente>{gemeente}</gemeente>{extra}</melding>";

    public static string Gestart(string id, string datum, string bsn, string gemeente, string wet = "WI2021", string doelgroep = "ASIELSTATUSHOUDER", string? correctieVan = null) =>
        Melding(id, "INBURGERINGSPLICHT_GESTART", datum, bsn, gemeente, $"<doelgroep>{doelgroep}</doelgroep><wet>{wet}</wet><geboortejaar>1990</geboortejaar>", correctieVan);

    public static string Batch(params string[] meldingen) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<meldingenBatch xmlns=\"urn:duo:inburgering:meldingen:1\" batchId=\"test\" aangemaakt=\"2024-01-05T06:00:00+01:00\">\n"
        + string.Concat(meldingen.Select(m => "  " + m + "\n"))
        + "</meldingenBatch>\n";

    public static string Write(string folder, string name, string content)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public static string WriteBatch(string folder, string name, params string[] meldingen) => Write(folder, name, Batch(meldingen));

    public static async Task<List<SourceMessage>> ReadAllAsync(string folder, string? state = null, bool move = true)
    {
        var messages = new List<SourceMessage>();
        await foreach (var message in new DuoConnector().ReadAsync(new ReadRequest("meldingen", Settings(folder, move), state), CancellationToken.None))
        {
            messages.Add(message);
        }

        return messages;
    }

    public static string NewFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "hub-duo-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string RepoRoot()
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

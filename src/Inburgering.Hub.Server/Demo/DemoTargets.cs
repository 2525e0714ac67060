using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inburgering.Hub.Server.Demo;

/// <summary>
/// The published per-gemeente tables of the Westfriesland voortgangsrapportage 2022–2023 (chapter 2),
/// which the demo region reproduces exactly for its period. The demo's own copy; the tests check the
/// demo against the independent fixture
/// <c>tests/Inburgering.Hub.Server.Tests/Fixtures/voortgangsrapportage-westfriesland-2022-2023.json</c>.
/// </summary>
internal sealed class DemoTargets
{
    [JsonPropertyName("van")]
    public DateOnly Van { get; init; }

    /// <summary>Inclusive end of the report period.</summary>
    [JsonPropertyName("tot")]
    public DateOnly Tot { get; init; }

    [JsonPropertyName("gemeenten")]
    public Dictionary<string, string> Gemeenten { get; init; } = [];

    [JsonPropertyName("statushouders")]
    public Dictionary<string, Dictionary<string, int>> Statushouders { get; init; } = [];

    [JsonPropertyName("gezinsmigranten")]
    public Dictionary<string, Dictionary<string, int>> Gezinsmigranten { get; init; } = [];

    [JsonPropertyName("leerroutesStatushouders")]
    public Dictionary<string, Dictionary<string, Dictionary<string, int>>> LeerroutesStatushouders { get; init; } = [];

    [JsonPropertyName("leerroutesGezinsmigranten")]
    public Dictionary<string, Dictionary<string, Dictionary<string, int>>> LeerroutesGezinsmigranten { get; init; } = [];

    [JsonPropertyName("pvtAfgerond")]
    public Dictionary<string, int> PvtAfgerond { get; init; } = [];

    [JsonPropertyName("financieelOntzorgen")]
    public Dictionary<string, Dictionary<string, int>> FinancieelOntzorgen { get; init; } = [];

    [JsonPropertyName("werk")]
    public Dictionary<string, Dictionary<string, int>> Werk { get; init; } = [];

    public static DemoTargets Westfriesland { get; } = Load();

    private static DemoTargets Load()
    {
        using var stream = typeof(DemoTargets).Assembly.GetManifestResourceStream("Inburgering.Hub.Server.Demo.westfriesland-2022-2023.json")
            ?? throw new InvalidOperationException("The demo targets resource is missing.");
        return JsonSerializer.Deserialize<DemoTargets>(stream) ?? throw new InvalidOperationException("The demo targets are empty.");
    }
}

using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Demo;

/// <summary>
/// The demo region, ingested through the real connectors, reproduces the per-gemeente tables of the
/// real voortgangsrapportage 2022–2023 (chapter 2) cell by cell, as transcribed in
/// tests/Inburgering.Hub.Server.Tests/Fixtures/voortgangsrapportage-westfriesland-2022-2023.json.
/// </summary>
[Collection(DemoCollection.Name)]
[Trait("Category", "Integration")]
public sealed class DemoReportTests(DemoHubFactory hub)
{
    private const string Query = """
        query($van: Date!, $tot: Date!, $gemeenten: [String!]) {
          voortgangsrapportage(van: $van, tot: $tot, gemeenten: $gemeenten) {
            gemeenten {
              gemeente { code }
              statushouders { aantalGehuisvest aantalInburgeringsplichtig pipVastgesteld beeindigd }
              gezinsmigranten { aantalInburgeringsplichtig pipVastgesteld beeindigd }
              leerroutesStatushouders { leerroute gestart afgerond }
              leerroutesGezinsmigranten { leerroute vastgesteld afgerond }
              map { afgerond vrijstellingen }
              pvtAfgerond
              financieelOntzorgen { aantalTrajecten verlengd }
              werk { soort aantal }
            }
          }
        }
        """;

    [Fact]
    public async Task The_demo_reproduces_every_cell_of_seed_000_chapter_2()
    {
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "tests", "Inburgering.Hub.Server.Tests", "Fixtures", "voortgangsrapportage-westfriesland-2022-2023.json")))!;
        var codes = expected["gemeenten"]!.AsObject().Select(g => g.Key).ToArray();
        using var client = hub.ClientFor(codes);

        var data = await client.DataAsync(Query, new { van = expected["van"].Str(), tot = expected["tot"].Str(), gemeenten = codes });

        var mismatches = new List<string>();
        var cells = 0;
        foreach (var report in data["voortgangsrapportage"]!["gemeenten"].Items())
        {
            var g = report["gemeente"]!["code"].Str();
            void Cell(string name, JsonNode? actual, JsonNode? table)
            {
                cells++;
                var want = table?[g]?.GetValue<int>() ?? 0;
                var got = actual?.GetValue<int>();
                if (got != want)
                {
                    mismatches.Add($"{g} {name}: got {got?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}, seed {want}");
                }
            }

            foreach (var row in new[] { "aantalGehuisvest", "aantalInburgeringsplichtig", "pipVastgesteld", "beeindigd" })
            {
                Cell($"statushouders.{row}", report["statushouders"]![row], expected["statushouders"]![row]);
            }

            foreach (var row in new[] { "aantalInburgeringsplichtig", "pipVastgesteld", "beeindigd" })
            {
                Cell($"gezinsmigranten.{row}", report["gezinsmigranten"]![row], expected["gezinsmigranten"]![row]);
            }

            foreach (var route in report["leerroutesStatushouders"].Items())
            {
                var r = route["leerroute"].Str();
                Cell($"leerroutesStatushouders.{r}.gestart", route["gestart"], expected["leerroutesStatushouders"]![r]!["gestart"]);
                Cell($"leerroutesStatushouders.{r}.afgerond", route["afgerond"], expected["leerroutesStatushouders"]![r]!["afgerond"]);
            }

            foreach (var route in report["leerroutesGezinsmigranten"].Items())
            {
                var r = route["leerroute"].Str();
                Cell($"leerroutesGezinsmigranten.{r}.vastgesteld", route["vastgesteld"], expected["leerroutesGezinsmigranten"]![r]!["vastgesteld"]);
                Cell($"leerroutesGezinsmigranten.{r}.afgerond", route["afgerond"], expected["leerroutesGezinsmigranten"]![r]!["afgerond"]);
            }

            Cell("map.afgerond", report["map"]!["afgerond"], expected["map"]!["afgerond"]);
            Cell("map.vrijstellingen", report["map"]!["vrijstellingen"], expected["map"]!["vrijstellingen"]);
            Cell("pvtAfgerond", report["pvtAfgerond"], expected["pvtAfgerond"]);
            Cell("financieelOntzorgen.aantalTrajecten", report["financieelOntzorgen"]!["aantalTrajecten"], expected["financieelOntzorgen"]!["aantalTrajecten"]);
            Cell("financieelOntzorgen.verlengd", report["financieelOntzorgen"]!["verlengd"], expected["financieelOntzorgen"]!["verlengd"]);
            foreach (var werk in report["werk"].Items())
            {
                var soort = werk["soort"].Str();
                Cell($"werk.{soort}", werk["aantal"], expected["werk"]![soort]);
            }
        }

        Assert.Equal(7 * 28, cells);
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }
}

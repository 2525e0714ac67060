using System.Globalization;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Reports;

/// <summary>
/// A report as a flat map <c>gemeente|sectie|rij|leerroute|soort|kolom → value</c> (value "" = null),
/// built from the GraphQL response or from the CSV export, so both can be compared with one expectation.
/// </summary>
internal static class ReportCells
{
    public const string Query =
        """
        query($van: Date!, $tot: Date!, $gemeenten: [String!]) {
          voortgangsrapportage(van: $van, tot: $tot, gemeenten: $gemeenten) {
            van tot
            gemeenten { ...r }
            regio { ...r }
          }
        }
        fragment r on GemeenteRapportage {
          gemeente { code naam }
          statushouders { aantalGehuisvest aantalInburgeringsplichtig pipVastgesteld beeindigd }
          gezinsmigranten { aantalGehuisvest aantalInburgeringsplichtig pipVastgesteld beeindigd }
          leerroutesStatushouders { leerroute gestart vastgesteld afgerond }
          leerroutesGezinsmigranten { leerroute gestart vastgesteld afgerond }
          map { afgerond vrijstellingen }
          pvtAfgerond
          financieelOntzorgen { aantalTrajecten verlengd }
          werk { soort aantal }
          kpis { naam teller noemer percentage doel leerroute }
        }
        """;

    public static Dictionary<string, string> FromGraphQL(JsonNode report)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in report["gemeenten"].Items().Append(report["regio"]!))
        {
            var code = g["gemeente"]?["code"].Str() ?? "REGIO";
            foreach (var sectie in new[] { "statushouders", "gezinsmigranten" })
            {
                foreach (var (rij, value) in g[sectie]!.AsObject())
                {
                    if (value is not null)
                    {
                        cells[Key(code, sectie, rij, "", "", "waarde")] = value.ToJsonString();
                    }
                }
            }

            foreach (var sectie in new[] { "leerroutesStatushouders", "leerroutesGezinsmigranten" })
            {
                foreach (var l in g[sectie].Items())
                {
                    foreach (var rij in new[] { "gestart", "vastgesteld", "afgerond" })
                    {
                        if (l[rij] is { } value)
                        {
                            cells[Key(code, sectie, rij, l["leerroute"].Str(), "", "waarde")] = value.ToJsonString();
                        }
                    }
                }
            }

            cells[Key(code, "map", "afgerond", "", "", "waarde")] = g["map"]!["afgerond"]!.ToJsonString();
            cells[Key(code, "map", "vrijstellingen", "", "", "waarde")] = g["map"]!["vrijstellingen"]!.ToJsonString();
            cells[Key(code, "pvtAfgerond", "pvtAfgerond", "", "", "waarde")] = g["pvtAfgerond"]!.ToJsonString();
            cells[Key(code, "financieelOntzorgen", "aantalTrajecten", "", "", "waarde")] = g["financieelOntzorgen"]!["aantalTrajecten"]!.ToJsonString();
            cells[Key(code, "financieelOntzorgen", "verlengd", "", "", "waarde")] = g["financieelOntzorgen"]!["verlengd"]!.ToJsonString();
            foreach (var w in g["werk"].Items())
            {
                cells[Key(code, "werk", "aantal", "", w["soort"].Str(), "waarde")] = w["aantal"]!.ToJsonString();
            }

            foreach (var k in g["kpis"].Items())
            {
                var route = k["leerroute"]?.Str() ?? "";
                foreach (var kolom in new[] { "teller", "noemer", "percentage", "doel" })
                {
                    cells[Key(code, "kpis", k["naam"].Str(), route, "", kolom)] = Number(k[kolom]);
                }
            }
        }

        return cells;
    }

    public static Dictionary<string, string> FromCsv(string csv)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in CsvRows.Parse(csv))
        {
            var kolommen = f["sectie"] == "kpis" ? new[] { "teller", "noemer", "percentage", "doel" } : ["waarde"];
            foreach (var kolom in kolommen)
            {
                cells[Key(f["gemeente"], f["sectie"], f["rij"], f["leerroute"], f["soort"], kolom)] = f[kolom];
            }
        }

        return cells;
    }

    public static string Key(string gemeente, string sectie, string rij, string leerroute, string soort, string kolom) =>
        string.Join('|', gemeente, sectie, rij, leerroute, soort, kolom);

    private static string Number(JsonNode? node) =>
        node is null ? "" : node.GetValue<double>().ToString("0.##", CultureInfo.InvariantCulture);
}

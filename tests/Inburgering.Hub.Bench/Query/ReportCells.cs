using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inburgering.Hub.Bench.Query;

/// <summary>
/// The count cells of a voortgangsrapportage as (gemeente, cell) → value, with cell names such as
/// <c>statushouders.beeindigd</c>, <c>leerroutesStatushouders[ONDERWIJS].gestart</c>,
/// <c>werk[BETAALDEWERK].aantal</c> or <c>kpis[VOLDAANBINNENTERMIJN/Z].teller</c>; the region is
/// <c>regio</c>. List items are labelled by their leerroute, soort or naam (upper case, no
/// underscores, so the GraphQL enum values and the stored names meet). Nulls, percentages and
/// targets are not cells.
/// </summary>
internal static class ReportCells
{
    public const string Regio = "regio";

    /// <summary>The cells of the <c>voortgangsrapportage</c> object of a GraphQL response.</summary>
    public static Dictionary<(string Gemeente, string Cell), long> FromGraphQL(JsonNode report)
    {
        var cells = new Dictionary<(string, string), long>();
        foreach (var gemeente in report["gemeenten"]!.AsArray())
        {
            Add(cells, gemeente!["gemeente"]!["code"]!.GetValue<string>(), gemeente, "");
        }

        Add(cells, Regio, report["regio"]!, "");
        return cells;
    }

    /// <summary>Upper case without underscores: <c>ORIENTATIE_WERKSTAGE</c> and <c>OrientatieWerkstage</c> both become <c>ORIENTATIEWERKSTAGE</c>.</summary>
    public static string Label(string value) => value.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();

    private static void Add(Dictionary<(string, string), long> cells, string gemeente, JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (name is "gemeente" or "percentage" or "doel" or "leerroute" or "soort" or "naam" || child is null)
                    {
                        continue;
                    }

                    Add(cells, gemeente, child, path.Length == 0 ? name : path + "." + name);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    var label = item!["naam"] is { } naam
                        ? Label(naam.GetValue<string>()) + (item["leerroute"] is { } route ? "/" + Label(route.GetValue<string>()) : "")
                        : Label((item["leerroute"] ?? item["soort"])!.GetValue<string>());
                    Add(cells, gemeente, item, $"{path}[{label}]");
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                cells[(gemeente, path)] = value.GetValue<long>();
                break;
        }
    }
}

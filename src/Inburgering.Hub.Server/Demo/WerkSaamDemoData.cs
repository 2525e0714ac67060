using System.Globalization;
using System.Text.Json.Nodes;

namespace Inburgering.Hub.Server.Demo;

/// <summary>
/// The demo region as WerkSaam's API holds it: the five collections, each item with its id, BSN,
/// gemeente and <c>gewijzigdOp</c> (the moment of its latest change), ordered by that moment.
/// </summary>
internal sealed class WerkSaamDemoData
{
    public WerkSaamDemoData(DemoRegion region)
    {
        var export = region.ExportDate;
        foreach (var j in region.Journeys.Where(j => j.IsPlichtig && j.Bsn is not null))
        {
            var moved = j.Einde is { Soort: "VERHUISD" or "PLICHT_BEEINDIGD" } e ? e.Datum : (DateOnly?)null;
            if (j.Wet == "WI2021" && j.Pip is { } pip && pip.AddDays(-21) <= export)
            {
                var vastgesteld = pip <= export;
                var beeindigd = j.Einde is { Soort: "PIP_BEEINDIGD" } pe ? pe : null;
                Add("intakes", $"I-{j.Nummer:000000}", j, beeindigd?.Datum ?? (vastgesteld ? pip : pip.AddDays(-21)), new JsonObject
                {
                    ["bredeIntakeDatum"] = Iso(pip.AddDays(-21)),
                    ["leerbaarheidstoetsDatum"] = Iso(pip.AddDays(-21)),
                    ["adviesLeerroute"] = j.Leerroute ?? "B1",
                    ["pipDagtekening"] = vastgesteld ? Iso(pip) : null,
                    ["leerroute"] = vastgesteld ? j.Leerroute : null,
                    ["pipBeeindigdOp"] = beeindigd is null ? null : Iso(beeindigd.Datum),
                    ["pipBeeindigdReden"] = beeindigd?.Reden,
                });
            }

            if (j.UitkeringStart is { } start && start <= export && (moved is null || moved > start))
            {
                var einde = j.UitkeringEinde ?? moved;
                Add("uitkeringen", $"U-{j.Nummer:000000}", j, einde ?? start, new JsonObject
                {
                    ["soort"] = "PARTICIPATIEWET",
                    ["ingangsdatum"] = Iso(start),
                    ["einddatum"] = einde is null ? null : Iso(einde.Value),
                    ["redenUitstroom"] = einde is null ? null : j.UitkeringEinde is not null ? "WERK" : "VERHUIZING",
                });
            }

            if (j.Wet == "WI2021" && j.Ontzorg is { } o && o.Start <= export)
            {
                Add("ontzorgtrajecten", $"O-{j.Nummer:000000}", j, o.VerlengdTot is null ? o.Start : o.Start.AddMonths(5), new JsonObject
                {
                    ["startdatum"] = Iso(o.Start),
                    ["geplandeEinddatum"] = Iso(o.Start.AddMonths(6)),
                    ["verlengdTot"] = o.VerlengdTot is null ? null : Iso(o.VerlengdTot.Value),
                    ["posten"] = new JsonArray("HUUR", "ZORGVERZEKERING", "ENERGIE"),
                });
            }

            if (j.Wet == "WI2021" && j.IsStatushouder && j.Pip is { } p2 && moved is null && Max(p2.AddDays(90), new DateOnly(2023, 8, 1)) is var mapStart && mapStart <= export)
            {
                var klaar = mapStart.AddDays(200) <= export;
                Add("map-trajecten", $"MAP-{j.Nummer:000000}", j, klaar ? mapStart.AddDays(200) : mapStart, new JsonObject
                {
                    ["startdatum"] = Iso(mapStart),
                    ["praktijkUren"] = klaar ? 44 : (export.DayNumber - mapStart.DayNumber) / 7,
                    ["themasAfgerond"] = klaar ? 8 : Math.Min(7, (export.DayNumber - mapStart.DayNumber) / 25),
                    ["datumEindgesprek"] = klaar ? Iso(mapStart.AddDays(200)) : null,
                    ["resultaat"] = klaar ? "AFGEROND" : "LOPEND",
                });
            }

            var n = 0;
            foreach (var w in j.Participatie.Where(w => w.Start <= export))
            {
                Add("participatie", $"P-{j.Nummer:000000}-{++n}", j, w.Einde is { } eind && eind <= export ? eind : w.Start, new JsonObject
                {
                    ["soort"] = w.Soort,
                    ["startdatum"] = Iso(w.Start),
                    ["einddatum"] = w.Einde is { } end && end <= export ? Iso(end) : null,
                    ["urenPerWeek"] = w.UrenPerWeek,
                });
            }
        }

        foreach (var list in Collections.Values)
        {
            list.Sort((a, b) => string.CompareOrdinal(a["gewijzigdOp"]!.GetValue<string>() + a["id"], b["gewijzigdOp"]!.GetValue<string>() + b["id"]));
        }
    }

    /// <summary>Items per collection, ordered by gewijzigdOp then id.</summary>
    public Dictionary<string, List<JsonObject>> Collections { get; } = new(StringComparer.Ordinal)
    {
        ["intakes"] = [],
        ["uitkeringen"] = [],
        ["ontzorgtrajecten"] = [],
        ["map-trajecten"] = [],
        ["participatie"] = [],
    };

    private void Add(string collection, string id, DemoJourney j, DateOnly changed, JsonObject fields)
    {
        var item = new JsonObject { ["id"] = id, ["bsn"] = j.Bsn, ["gemeenteCode"] = j.Gemeente };
        foreach (var (key, value) in fields)
        {
            item[key] = value?.DeepClone();
        }

        var moment = changed.ToDateTime(new TimeOnly(8, 0)).AddMinutes(j.Nummer % 600);
        item["gewijzigdOp"] = moment.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        Collections[collection].Add(item);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

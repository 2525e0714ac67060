using System.Globalization;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Operational;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Inburgering.Hub.Browser.Tests;

/// <summary>
/// The front door in a real browser (issue 16): sign in on the development page, the dashboard's
/// voortgangsrapportage tables against the published numbers of seed 000 chapter 2, the XLSX download
/// against the API, a quarantined record replayed from the beheer page, and axe-core on every page.
/// Screenshots go to <see cref="BrowserHub.OutputFolder"/>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FrontDoorTests(BrowserHub hub)
{
    private static readonly string[] Codes = ["GM0532", "GM0388", "GM0498", "GM0405", "GM1598", "GM0420", "GM0432"];

    /// <summary>The published tables (tests/Inburgering.Hub.Server.Tests/Fixtures): row key (as the dashboard's data-rij) → gemeente → number.</summary>
    private static Dictionary<string, Dictionary<string, int>> PublishedCells()
    {
        var fixture = JsonNode.Parse(File.ReadAllText(Path.Combine(BrowserHub.RepoRoot, "tests", "Inburgering.Hub.Server.Tests", "Fixtures", "voortgangsrapportage-westfriesland-2022-2023.json")))!.AsObject();
        var cells = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        void Walk(string path, JsonNode node)
        {
            var obj = node.AsObject();
            if (obj.All(p => p.Key.StartsWith("GM", StringComparison.Ordinal)))
            {
                cells[path] = obj.ToDictionary(p => p.Key, p => p.Value!.GetValue<int>(), StringComparer.Ordinal);
                return;
            }

            foreach (var (key, child) in obj)
            {
                Walk($"{path}.{key}", child!);
            }
        }

        foreach (var (key, value) in fixture)
        {
            if (key is not ("bron" or "van" or "tot" or "gemeenten"))
            {
                Walk(key, value!);
            }
        }

        return cells;
    }

    private static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHub.OutputFolder, name + ".png"), FullPage = true });

    [BrowserFact]
    public async Task Slash_leads_to_the_dashboard_in_two_clicks_and_its_tables_show_the_published_numbers_cell_for_cell()
    {
        await using var context = await hub.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        Assert.EndsWith("/aanmelden", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        await BrowserHub.LoadedAsync(page);
        await ShotAsync(page, "dashboard");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHub.OutputFolder, "dashboard-scherm.png") }); // the first screen, for the README

        var shown = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('#tabellen tr[data-rij] td[data-kolom]')].map(td => [td.closest('tr').dataset.rij, td.dataset.kolom, td.querySelector('.getal').textContent])");
        var table = shown.GroupBy(c => c[0]).ToDictionary(g => g.Key, g => g.ToDictionary(c => c[1], c => c[2]));
        var published = PublishedCells();
        var mismatches = new List<string>();
        var cells = 0;
        foreach (var (row, perGemeente) in published)
        {
            foreach (var (code, want) in perGemeente)
            {
                cells++;
                var got = table.GetValueOrDefault(row)?.GetValueOrDefault(code);
                var number = got == "–" ? 0 : int.Parse(got?.Replace(".", "", StringComparison.Ordinal) ?? "-1", CultureInfo.InvariantCulture);
                if (got is null || number != want)
                {
                    mismatches.Add($"{row} {code}: shown {got ?? "(no cell)"}, published {want}");
                }
            }
        }

        Assert.Equal(196, cells);
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.Equal(Codes.Length + 1, await page.Locator("#tabel-statushouders thead th[data-kolom]").CountAsync());
        Assert.Equal(0, await page.Locator("#tabellen .verstoord").CountAsync()); // all seven gemeenten are the caller's own: exact
        Assert.True(await page.Locator("#kpi-tegels .tegel").CountAsync() > 0);
        Assert.Equal(5, await page.Locator("#trend-grafieken canvas").CountAsync());
        Assert.Contains("10 weken (70 dagen)", await page.Locator("#trend-doorlooptijd caption").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A_regio_analist_of_Hoorn_sees_Hoorn_exact_and_the_other_gemeenten_and_the_region_marked_perturbed()
    {
        await using var context = await hub.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/aanmelden");
        await page.GetByLabel("beheerder").UncheckAsync();
        foreach (var naam in new[] { "Enkhuizen", "Drechterland", "Koggenland", "Medemblik", "Opmeer", "Stede Broec" })
        {
            await page.GetByLabel(naam).UncheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        await BrowserHub.LoadedAsync(page);
        await ShotAsync(page, "dashboard-regio-analist");

        var published = PublishedCells();
        foreach (var row in new[] { "statushouders.aantalGehuisvest", "statushouders.pipVastgesteld", "pvtAfgerond" })
        {
            var hoorn = page.Locator($"#tabellen tr[data-rij='{row}'] td[data-kolom='GM0405']");
            Assert.Equal(published[row]["GM0405"].ToString(CultureInfo.InvariantCulture), await hoorn.Locator(".getal").InnerTextAsync());
            Assert.DoesNotContain("verstoord", await hoorn.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
            foreach (var other in Codes.Where(c => c != "GM0405").Append("regio"))
            {
                var cell = page.Locator($"#tabellen tr[data-rij='{row}'] td[data-kolom='{other}']");
                Assert.Equal("verstoord", await cell.GetAttributeAsync("class"));
                Assert.Contains("(verstoord)", await cell.InnerTextAsync(), StringComparison.Ordinal);
            }
        }

        Assert.True(await page.Locator("#legenda").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task The_XLSX_download_holds_the_numbers_the_API_returns_one_sheet_per_section()
    {
        await using var context = await hub.NewContextAsync();
        var page = await BrowserHub.SignInAsync(context);
        await BrowserHub.LoadedAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Alles op deze pagina als XLSX" }).ClickAsync());
        var file = Path.Combine(BrowserHub.OutputFolder, "dashboard.xlsx");
        await download.SaveAsAsync(file);
        Assert.Equal("dashboard_2022-01-01_2023-07-01.xlsx", download.SuggestedFilename);

        var api = await hub.GraphQLAsync("""
            query($van: Date!, $tot: Date!) { voortgangsrapportage(van: $van, tot: $tot) {
              gemeenten { ...R } regio { ...R } } }
            fragment R on GemeenteRapportage { gemeente { naam }
              statushouders { aantalGehuisvest aantalInburgeringsplichtig pipVastgesteld beeindigd }
              gezinsmigranten { aantalInburgeringsplichtig pipVastgesteld beeindigd }
              map { afgerond vrijstellingen } pvtAfgerond financieelOntzorgen { aantalTrajecten verlengd }
              kpis { teller noemer percentage doel } }
            """, new { van = "2022-01-01", tot = "2023-07-01" });
        List<JsonNode> reports = [.. api["voortgangsrapportage"]!["gemeenten"]!.AsArray().Select(n => n!), api["voortgangsrapportage"]!["regio"]!];
        string Column(JsonNode report) => report["gemeente"]?["naam"]?.GetValue<string>() ?? "Regio";

        var sheets = MiniExcel.GetSheetNames(file);
        foreach (var sheet in new[] { "2.2 Statushouders", "2.2 Gezinsmigranten", "2.3.1 Leerroutes statushouders", "2.3.1 Routes gezinsmigranten", "2.3.2 MAP", "2.3.3 PVT", "2.3.5 Financieel ontzorgen", "2.3.6 Werk", "KPI's", "Trend instroom", "Trend PIP vastgesteld", "Trend leerroutes gestart", "Trend leerroutes afgerond", "Trend PIP-doorlooptijd", "Toelichting" })
        {
            Assert.Contains(sheet, sheets);
        }

        var compared = 0;
        void Sheet(string sheet, params (string Label, Func<JsonNode, JsonNode?> Value)[] rows)
        {
            var data = MiniExcel.Query(file, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(rows.Length, data.Count);
            for (var i = 0; i < rows.Length; i++)
            {
                Assert.Equal(rows[i].Label, data[i]["Onderdeel"]);
                foreach (var report in reports)
                {
                    var want = rows[i].Value(report)?.GetValue<int?>();
                    var got = data[i][Column(report)];
                    Assert.True(want is null ? got is null : Convert.ToInt32(got, CultureInfo.InvariantCulture) == want, $"{sheet} / {rows[i].Label} / {Column(report)}: xlsx {got}, API {want}");
                    compared++;
                }
            }
        }

        Sheet("2.2 Statushouders",
            ("Gehuisvest (COA-koppelingen)", r => r["statushouders"]!["aantalGehuisvest"]),
            ("Inburgeringsplichtig geworden", r => r["statushouders"]!["aantalInburgeringsplichtig"]),
            ("PIP vastgesteld", r => r["statushouders"]!["pipVastgesteld"]),
            ("Beëindigd", r => r["statushouders"]!["beeindigd"]));
        Sheet("2.2 Gezinsmigranten",
            ("Inburgeringsplichtig geworden", r => r["gezinsmigranten"]!["aantalInburgeringsplichtig"]),
            ("PIP vastgesteld", r => r["gezinsmigranten"]!["pipVastgesteld"]),
            ("Beëindigd", r => r["gezinsmigranten"]!["beeindigd"]));
        Sheet("2.3.2 MAP", ("MAP afgerond", r => r["map"]!["afgerond"]), ("Vrijstellingen", r => r["map"]!["vrijstellingen"]));
        Sheet("2.3.3 PVT", ("PVT afgerond", r => r["pvtAfgerond"]));
        Sheet("2.3.5 Financieel ontzorgen", ("Trajecten gestart", r => r["financieelOntzorgen"]!["aantalTrajecten"]), ("Waarvan verlengd", r => r["financieelOntzorgen"]!["verlengd"]));

        // KPIs: one row per gemeente (and the region) and KPI, in the API's order; percentages exactly as returned.
        var kpiRows = MiniExcel.Query(file, useHeaderRow: true, sheetName: "KPI's").Cast<IDictionary<string, object?>>().ToList();
        var expected = reports.SelectMany(r => r["kpis"]!.AsArray().Select(k => (Column: Column(r), Kpi: k!))).ToList();
        Assert.Equal(expected.Count, kpiRows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Column, kpiRows[i]["Gemeente"]);
            foreach (var (column, field) in new[] { ("Teller", "teller"), ("Noemer", "noemer"), ("Percentage", "percentage"), ("Doel", "doel") })
            {
                var want = expected[i].Kpi[field]?.GetValue<double?>();
                var got = kpiRows[i][column];
                Assert.True(want is null ? got is null : Convert.ToDouble(got, CultureInfo.InvariantCulture) == want, $"KPI row {i} {column}: xlsx {got}, API {want}");
                compared++;
            }
        }

        Assert.True(compared > 150, $"compared {compared} cells");

        // PIP-doorlooptijd: per gemeente and quarter the PIPs, mean days and PIPs within 10 weeks, as the API returns them.
        var doorlooptijd = await hub.GraphQLAsync("""
            { gemeenten { code naam }
              totaal: pipDoorlooptijdenStatistieken(groupBy: [GEMEENTE_CODE], datum: { veld: PIP_DAGTEKENING, per: KWARTAAL }, first: 1000) { sleutel { gemeenteCode periode } aantal dagen { gemiddelde } }
              binnen: pipDoorlooptijdenStatistieken(groupBy: [GEMEENTE_CODE, BINNEN_TIEN_WEKEN], datum: { veld: PIP_DAGTEKENING, per: KWARTAAL }, first: 1000) { sleutel { gemeenteCode binnenTienWeken periode } aantal } }
            """);
        var naam = doorlooptijd["gemeenten"]!.AsArray().ToDictionary(g => g!["code"]!.GetValue<string>(), g => g!["naam"]!.GetValue<string>(), StringComparer.Ordinal);
        string Key(JsonNode? g) => $"{naam[g!["sleutel"]!["gemeenteCode"]!.GetValue<string>()]} {g["sleutel"]!["periode"]!.GetValue<string>()}";
        var binnen = doorlooptijd["binnen"]!.AsArray().Where(g => g!["sleutel"]!["binnenTienWeken"]!.GetValue<bool>())
            .ToDictionary(Key, g => g!["aantal"]!.GetValue<int>(), StringComparer.Ordinal);
        var rows = MiniExcel.Query(file, useHeaderRow: true, sheetName: "Trend PIP-doorlooptijd").Cast<IDictionary<string, object?>>()
            .ToDictionary(r => $"{r["Gemeente"]} {r["Kwartaal"]}", StringComparer.Ordinal);
        var checkedRows = 0;
        foreach (var groep in doorlooptijd["totaal"]!.AsArray())
        {
            if (!rows.TryGetValue(Key(groep), out var row))
            {
                continue; // a quarter outside the period on screen
            }

            Assert.Equal(groep!["aantal"]!.GetValue<int>(), Convert.ToInt32(row["PIP's"], CultureInfo.InvariantCulture));
            Assert.Equal(groep["dagen"]!["gemiddelde"]!.GetValue<double>(), Convert.ToDouble(row["Gemiddelde doorlooptijd (dagen)"], CultureInfo.InvariantCulture));
            Assert.Equal(binnen.GetValueOrDefault(Key(groep)), Convert.ToInt32(row["Binnen 10 weken (70 dagen)"], CultureInfo.InvariantCulture));
            checkedRows++;
        }

        Assert.True(checkedRows > 20, $"compared {checkedRows} PIP-doorlooptijd rows");
    }

    [BrowserFact]
    public async Task A_beheerder_replays_a_quarantined_record_from_the_beheer_page_after_confirming()
    {
        var open = await hub.GraphQLAsync("{ quarantine(first: 50) { nodes { id location replayable } } }");
        var target = open["quarantine"]!["nodes"]!.AsArray().First(n => n!["replayable"]!.GetValue<bool>())!;
        var id = target["id"]!.GetValue<string>();

        await using var context = await hub.NewContextAsync();
        var page = await BrowserHub.SignInAsync(context);
        await page.GotoAsync("/beheer/quarantaine");
        await BrowserHub.LoadedAsync(page);
        await ShotAsync(page, "quarantaine");
        var row = page.Locator($"tr[data-id='{id}']");
        await row.Locator("button[data-actie='replay']").ClickAsync();
        var dialog = page.Locator("dialog#bevestig");
        await dialog.WaitForAsync();
        Assert.Contains(target["location"]!.GetValue<string>(), await dialog.InnerTextAsync(), StringComparison.Ordinal);
        await ShotAsync(page, "quarantaine-bevestigen");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Ja" }).ClickAsync();
        await page.WaitForSelectorAsync("body[data-uitkomst]");
        var outcome = await page.EvaluateAsync<string>("() => document.body.dataset.uitkomst");
        var message = await page.Locator("#status").InnerTextAsync();
        Assert.StartsWith("Opnieuw laden:", message, StringComparison.Ordinal);

        // What the page says is what the hub did: the record left OPEN exactly when the replay succeeded.
        var after = await hub.GraphQLAsync("query($id: ID!) { open: quarantine(status: OPEN, where: { id: { eq: $id } }) { totalCount } replayed: quarantine(status: REPLAYED, where: { id: { eq: $id } }) { totalCount } }", new { id });
        var replayed = after["replayed"]!["totalCount"]!.GetValue<int>() == 1;
        Assert.Equal(outcome == "gelukt", replayed);
        Assert.Equal(replayed ? 0 : 1, after["open"]!["totalCount"]!.GetValue<int>());
        await ShotAsync(page, "quarantaine-na-opnieuw-laden");
    }

    [BrowserFact]
    public async Task A_plug_in_connectors_own_reason_code_can_be_chosen_in_the_quarantaine_filter()
    {
        // A plug-in connector may quarantine with a code the hub does not know (its own ReasonCodes).
        const string Code = "ROOSTER_ONBEKEND";
        long id;
        await using (var db = hub.Services.GetRequiredService<HubDbContextFactory>().CreateSystem())
        {
            var run = await db.SyncRuns.OrderByDescending(r => r.Id).FirstAsync();
            var record = new QuarantineRecord
            {
                RunId = run.Id,
                Connector = run.Connector,
                Stream = "rooster",
                Location = "rooster-2099.csv:2",
                Content = "rooster;onbekend",
                ReasonCode = Code,
                Message = "Unknown rooster code 'X9'.",
                GemeenteCode = "GM0405",
                Status = QuarantineStatus.Open,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.QuarantineRecords.Add(record);
            await db.SaveChangesAsync();
            id = record.Id;
        }

        try
        {
            await using var context = await hub.NewContextAsync();
            var page = await BrowserHub.SignInAsync(context);
            await page.GotoAsync("/beheer/quarantaine");
            await BrowserHub.LoadedAsync(page);
            var option = page.Locator($"#q-reden option[value='{Code}']");
            Assert.Equal($"Andere reden: {Code}", await option.InnerTextAsync());
            await page.SelectOptionAsync("#q-reden", Code);
            await page.EvaluateAsync("() => delete document.body.dataset.geladen");
            await page.Locator("#filter button[type='submit']").ClickAsync();
            await BrowserHub.LoadedAsync(page);
            var rows = page.Locator("#tabel-quarantaine tbody tr");
            Assert.Equal(1, await rows.CountAsync());
            Assert.Equal(id.ToString(CultureInfo.InvariantCulture), await rows.First.GetAttributeAsync("data-id"));
            Assert.Contains("Andere reden (zie de melding)", await rows.First.InnerTextAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await using var db = hub.Services.GetRequiredService<HubDbContextFactory>().CreateSystem();
            await db.QuarantineRecords.Where(r => r.Id == id).ExecuteDeleteAsync();
        }
    }

    [BrowserFact]
    public async Task The_explorer_runs_an_example_of_schema_examples_with_the_session()
    {
        await using var context = await hub.NewContextAsync();
        var page = await BrowserHub.SignInAsync(context);
        await page.GotoAsync("/graphql");
        await BrowserHub.LoadedAsync(page);
        var options = await page.Locator("#voorbeeld option").AllInnerTextsAsync();
        Assert.Equal(Directory.GetFiles(Path.Combine(BrowserHub.RepoRoot, "schema", "examples"), "*.graphql").Length, options.Count - 1);
        var example = options.Single(o => o.StartsWith("voortgangsrapportage ", StringComparison.Ordinal));

        await page.SelectOptionAsync("#voorbeeld", new SelectOptionValue { Label = example });
        await page.Locator(".graphiql-query-editor").GetByText("query Voortgangsrapportage").First.WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Execute query (Ctrl-Enter)" }).ClickAsync();
        await page.WaitForFunctionAsync("() => /\"(data|errors)\"/.test(document.querySelector('.result-window')?.innerText ?? '')");
        await ShotAsync(page, "graphql-verkenner-voorbeeld");
        var result = await page.Locator(".result-window").InnerTextAsync();

        Assert.Contains("\"voortgangsrapportage\"", result, StringComparison.Ordinal);
        Assert.DoesNotContain("\"errors\"", result, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Every_page_passes_axe_without_serious_or_critical_violations()
    {
        await using var context = await hub.NewContextAsync();
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        async Task CheckAsync(string name)
        {
            await ShotAsync(page, name);
            var result = await page.RunAxe();
            failures.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{name}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        await page.GotoAsync("/aanmelden");
        await CheckAsync("aanmelden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        await BrowserHub.LoadedAsync(page);
        await CheckAsync("dashboard-axe");
        foreach (var (path, name) in new[] { ("/beheer/connectors", "connectors"), ("/beheer/runs", "runs"), ("/beheer/quarantaine", "quarantaine-axe"), ("/graphql", "graphql-verkenner") })
        {
            await page.GotoAsync(path);
            await BrowserHub.LoadedAsync(page);
            if (path == "/graphql")
            {
                await page.WaitForSelectorAsync(".graphiql-container");
            }

            await CheckAsync(name);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

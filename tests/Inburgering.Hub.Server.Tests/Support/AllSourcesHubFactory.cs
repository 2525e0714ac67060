using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Server.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Support;

/// <summary>
/// A hub that ingested everything the partners can deliver, through the four real connectors: the
/// whole demo region (COA, DUO and taalaanbieder files, WerkSaam's API) plus every contract example
/// of <c>connectors/*/examples</c> (the same files the connector test projects use as fixtures),
/// their intentionally bad records included (quarantine), plus one quarantined DUO melding for each of
/// <see cref="PlantedQuarantine"/>. Its own store, so tests may change it.
/// </summary>
public sealed partial class AllSourcesHubFactory : HubFactory
{
    private static readonly string[] Connectors = ["coa", "duo", "taalaanbieder", "werksaam"];

    private readonly string _delivery = Path.Combine(Path.GetTempPath(), "inburgering-hub-all-sources-tests", Guid.NewGuid().ToString("N"));
    private readonly DemoWerkSaamServer _werksaam;

    public AllSourcesHubFactory()
    {
        var region = new DemoRegionGenerator().Generate();
        CoaDemoWriter.Write(region, Path.Combine(_delivery, "coa"));
        DuoDemoWriter.Write(region, Path.Combine(_delivery, "duo"));
        TaalaanbiederDemoWriter.Write(region, Path.Combine(_delivery, "taalaanbieders"));
        DeliveredExamples =
        [
            .. CopyExamples(RepoPaths.ConnectorExamples("Coa"), Path.Combine(_delivery, "coa")),
            .. CopyExamples(RepoPaths.ConnectorExamples("Duo"), Path.Combine(_delivery, "duo")),
            .. CopyExamples(Path.Combine(RepoPaths.ConnectorExamples("Taalaanbieder"), "fiolet"), Path.Combine(_delivery, "taalaanbieders", "fiolet")).Select(n => "fiolet/" + n),
            .. CopyExamples(Path.Combine(RepoPaths.ConnectorExamples("Taalaanbieder"), "nltraining"), Path.Combine(_delivery, "taalaanbieders", "nltraining")).Select(n => "nltraining/" + n),
        ];

        PlantQuarantine(Path.Combine(_delivery, "duo"));

        var werksaam = new WerkSaamDemoData(region);
        foreach (var page in Directory.GetFiles(RepoPaths.ConnectorExamples("WerkSaam"), "*.page.json"))
        {
            var collection = Path.GetFileName(page).Split('.')[0];
            var items = JsonNode.Parse(File.ReadAllText(page))!["items"]!.AsArray().Select(i => i!.DeepClone().AsObject());
            werksaam.Collections[collection].AddRange(items);
            werksaam.Collections[collection].Sort((a, b) => string.CompareOrdinal(a["gewijzigdOp"]!.GetValue<string>() + a["id"], b["gewijzigdOp"]!.GetValue<string>() + b["id"]));
        }

        _werksaam = DemoWerkSaamServer.StartAsync(werksaam).GetAwaiter().GetResult();
    }

    /// <summary>Gemeenten that get a quarantined DUO melding besides those of the examples and the demo.</summary>
    public static IReadOnlyList<string> PlantedQuarantine { get; } = [RegionFixture.Hoorn, RegionFixture.Enkhuizen];

    /// <summary>Every connector's example folder (<c>connectors/*/examples</c>).</summary>
    public static IEnumerable<string> ExampleFolders =>
        new[] { "Coa", "Duo", "Taalaanbieder", "WerkSaam" }.Select(RepoPaths.ConnectorExamples);

    /// <summary>The names (as <c>source_files</c> records them) under which the file-based contract examples were delivered.</summary>
    public IReadOnlyList<string> DeliveredExamples { get; }

    /// <summary>The runs that loaded the store, one per connector.</summary>
    public IReadOnlyList<SyncRun> Runs { get; private set; } = [];

    /// <summary>The hub's SQLite connection string.</summary>
    public string ConnectionString => Services.GetRequiredService<IConfiguration>()["Hub:Database:ConnectionString"]!;

    /// <summary>The folder of the hub's raw archive.</summary>
    public string ArchivePath => Services.GetRequiredService<IConfiguration>()["Hub:Sync:ArchivePath"]!;

    /// <summary>An unrestricted context on the hub's store (the test's oracle).</summary>
    public HubDbContext System() => Services.GetRequiredService<HubDbContextFactory>().CreateSystem();

    protected override async Task SeedAsync()
    {
        Runs = await DemoDelivery.IngestAsync(Services, CancellationToken.None);
        var ran = Runs.Select(r => r.Connector).ToList();
        if (!Connectors.All(ran.Contains) || Runs.Any(r => r.Status is not (SyncRunStatus.Succeeded or SyncRunStatus.PartiallySucceeded)))
        {
            throw new InvalidOperationException("Not every connector loaded: " + string.Join(", ", Runs.Select(r => $"{r.Connector} {r.Status} {r.Error}")));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:Connectors:coa:Settings:InboxPath", Path.Combine(_delivery, "coa"));
        builder.UseSetting("Hub:Connectors:duo:Settings:InboxPath", Path.Combine(_delivery, "duo"));
        builder.UseSetting("Hub:Connectors:taalaanbieder:Settings:InboxPath", Path.Combine(_delivery, "taalaanbieders"));
        builder.UseSetting("Hub:Connectors:werksaam:Enabled", "true");
        builder.UseSetting("Hub:Connectors:werksaam:Settings:BaseUrl", _werksaam.BaseUrl);
        builder.UseSetting("Hub:Connectors:werksaam:Settings:ClientId", DemoWerkSaamServer.ClientId);
        builder.UseSetting("Hub:Connectors:werksaam:Settings:ClientSecret", DemoWerkSaamServer.ClientSecret);
    }

    protected override async ValueTask DisposeResourcesAsync()
    {
        await _werksaam.DisposeAsync();
        try
        {
            Directory.Delete(_delivery, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>
    /// One more DUO batch with a melding of an unknown soort for each of <see cref="PlantedQuarantine"/>,
    /// so the quarantine holds rows of (at least) those gemeenten.
    /// </summary>
    private static void PlantQuarantine(string inbox)
    {
        var bsns = CoaFiles.Bsns(PlantedQuarantine.Count);
        var meldingen = PlantedQuarantine.Select((g, i) =>
            $"""  <melding id="M-Q{i:000}" soort="ONBEKEND_SIGNAAL" datum="2023-05-01"><bsn>{bsns[i]}</bsn><gemeente>{g}</gemeente></melding>""");
        File.WriteAllText(Path.Combine(inbox, "duo-meldingen-20240106-001.xml"), $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <meldingenBatch xmlns="urn:duo:inburgering:meldingen:1" batchId="20240106-001" aangemaakt="2024-01-06T06:00:00+01:00">
            {string.Join("\n", meldingen)}
            </meldingenBatch>
            """);
    }

    /// <summary>
    /// Copies the examples; one whose name a demo file already has is delivered as of an earlier date
    /// (the date in its name moved back a day or month until free), so both are ingested.
    /// </summary>
    private static List<string> CopyExamples(string from, string to)
    {
        Directory.CreateDirectory(to);
        var delivered = new List<string>();
        foreach (var file in Directory.GetFiles(from))
        {
            var name = Path.GetFileName(file);
            while (File.Exists(Path.Combine(to, name)))
            {
                name = Earlier(name);
            }

            File.Copy(file, Path.Combine(to, name));
            delivered.Add(name);
        }

        return delivered;
    }

    private static string Earlier(string name)
    {
        if (DayStamp().Match(name) is { Success: true } day)
        {
            var date = DateOnly.ParseExact(day.Value, "yyyyMMdd", CultureInfo.InvariantCulture).AddDays(-1);
            return name[..day.Index] + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + name[(day.Index + day.Length)..];
        }

        if (MonthStamp().Match(name) is { Success: true } month)
        {
            var date = DateOnly.ParseExact(month.Value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(-1);
            return name[..month.Index] + date.ToString("yyyy-MM", CultureInfo.InvariantCulture) + name[(month.Index + month.Length)..];
        }

        throw new InvalidOperationException($"The contract example {name} has the name of a demo file and no date to move.");
    }

    [GeneratedRegex("(?<![0-9])[0-9]{8}(?![0-9])")]
    private static partial Regex DayStamp();

    [GeneratedRegex("(?<![0-9])[0-9]{4}-[0-9]{2}(?![0-9])")]
    private static partial Regex MonthStamp();
}

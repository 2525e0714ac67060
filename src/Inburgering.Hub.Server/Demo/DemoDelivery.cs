using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Engine;

namespace Inburgering.Hub.Server.Demo;

/// <summary>
/// Delivers the demo region as the partners do — COA, DUO and taalaanbieder files in an inbox, and
/// WerkSaam's API on a local port — and ingests it through whichever of the four connectors are
/// installed. Used by the <c>demo</c> verb and by the tests that check the demo against seed 000.
/// </summary>
internal sealed class DemoDelivery : IAsyncDisposable
{
    private static readonly string[] Order = ["coa", "duo", "taalaanbieder", "werksaam"];

    private DemoDelivery(DemoRegion region, string inbox, int files, DemoWerkSaamServer werksaam)
    {
        Region = region;
        Inbox = inbox;
        Files = files;
        WerkSaam = werksaam;
    }

    public DemoRegion Region { get; }

    public string Inbox { get; }

    public int Files { get; }

    public DemoWerkSaamServer WerkSaam { get; }

    /// <summary>Configuration that points the connectors at this delivery.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Configuration =>
    [
        new("Hub:Connectors:coa:Settings:InboxPath", Path.Combine(Inbox, "coa")),
        new("Hub:Connectors:duo:Settings:InboxPath", Path.Combine(Inbox, "duo")),
        new("Hub:Connectors:taalaanbieder:Settings:InboxPath", Path.Combine(Inbox, "taalaanbieders")),
        new("Hub:Connectors:werksaam:Enabled", "true"),
        new("Hub:Connectors:werksaam:Settings:BaseUrl", WerkSaam.BaseUrl),
        new("Hub:Connectors:werksaam:Settings:ClientId", DemoWerkSaamServer.ClientId),
        new("Hub:Connectors:werksaam:Settings:ClientSecret", DemoWerkSaamServer.ClientSecret),
    ];

    /// <summary>Generates the region and writes/serves its deliveries under <paramref name="inbox"/>.</summary>
    public static async Task<DemoDelivery> PrepareAsync(string inbox)
    {
        var region = new DemoRegionGenerator().Generate();
        var files = CoaDemoWriter.Write(region, Path.Combine(inbox, "coa")).Count
            + DuoDemoWriter.Write(region, Path.Combine(inbox, "duo")).Count
            + TaalaanbiederDemoWriter.Write(region, Path.Combine(inbox, "taalaanbieders")).Count;
        return new DemoDelivery(region, inbox, files, await DemoWerkSaamServer.StartAsync(new WerkSaamDemoData(region)));
    }

    /// <summary>Runs the installed partner connectors one after the other.</summary>
    public static async Task<IReadOnlyList<SyncRun>> IngestAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var engine = services.GetRequiredService<SyncEngine>();
        var installed = services.GetRequiredService<ConnectorCatalog>().All.Select(c => c.Manifest.Name).ToHashSet(StringComparer.Ordinal);
        var runs = new List<SyncRun>();
        foreach (var connector in Order.Where(installed.Contains))
        {
            runs.Add(await engine.RunAsync(connector, SyncTrigger.Demo, cancellationToken));
        }

        return runs;
    }

    public ValueTask DisposeAsync() => WerkSaam.DisposeAsync();
}

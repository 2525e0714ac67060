using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Engine;

namespace Inburgering.Hub.Server.Demo;

/// <summary>
/// Delivers the demo region as the partners do — COA, DUO and taalaanbieder files in an inbox, and
/// WerkSaam's API on a local port — and ingests it through whichever of the four connectors are
/// installed. Used by the <c>demo</c> verb and by the tests that check the demo against the published 2022–2023 report.
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

    /// <summary>
    /// The bad records the demo delivers on purpose, per connector, to show quarantine at work: a run
    /// that quarantined just these is <c>PartiallySucceeded</c> by design.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DeliberatelyBad { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["coa"] = $"koppeling {CoaDemoWriter.BadRecordId} with a typo in its BSN (INVALID_BSN)",
        ["duo"] = $"melding {DuoDemoWriter.BadRecordId} with a typo in its BSN (INVALID_BSN)",
    };

    /// <summary>
    /// What a demo run's quarantine means: the deliberate bad record and nothing else, or more than
    /// that (then worth a look); null when the run quarantined nothing.
    /// </summary>
    public static string? ExplainQuarantine(SyncRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Quarantined == 0)
        {
            return null;
        }

        return DeliberatelyBad.TryGetValue(run.Connector, out var bad) && run.Quarantined == 1
            ? $"  quarantined on purpose: the demo delivers {bad} to show quarantine; everything else loaded."
            : $"  {run.Quarantined} records quarantined{(bad is null ? "" : $", of which one on purpose ({bad})")}: list them as beheerder with {{ quarantine {{ nodes {{ connector sourceId reasonCode message location }} }} }}.";
    }

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

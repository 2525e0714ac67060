using System.CommandLine;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Server.Demo;
using Inburgering.Hub.Server.Hosting;
using Inburgering.Hub.Sync.Engine;

namespace Inburgering.Hub.Server.Cli;

/// <summary>
/// <c>demo</c>: generates a synthetic Westfriesland across all four partners, delivers it as the
/// partners do (COA and DUO files, taalaanbieder files, WerkSaam's API on a local port), ingests it
/// through the real connectors and serves the hub. Running it again changes nothing.
/// </summary>
internal static class DemoCommand
{
    private static readonly string[] Order = ["coa", "duo", "taalaanbieder", "werksaam"];

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Data folder for the inbox files.", DefaultValueFactory = _ => "data" };
        var noServe = new Option<bool>("--no-serve") { Description = "Ingest only; do not start the server." };
        var command = new Command("demo", "Generate a demo region, ingest it through the connectors, then serve.") { data, noServe };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var inbox = Path.GetFullPath(Path.Combine(parse.GetValue(data)!, "inbox"));
            var region = new DemoRegionGenerator().Generate();
            var written = CoaDemoWriter.Write(region, Path.Combine(inbox, "coa")).Count
                + DuoDemoWriter.Write(region, Path.Combine(inbox, "duo")).Count
                + TaalaanbiederDemoWriter.Write(region, Path.Combine(inbox, "taalaanbieders")).Count;
            Console.Out.WriteLine($"demo region: {region.Journeys.Count} persons; {written} partner files in {inbox}");

            await using var werksaam = await DemoWerkSaamServer.StartAsync(new WerkSaamDemoData(region));
            var builder = HubApplication.CreateBuilder([.. parse.UnmatchedTokens]);
            builder.Configuration.AddInMemoryCollection(
            [
                new("Hub:Connectors:coa:Settings:InboxPath", Path.Combine(inbox, "coa")),
                new("Hub:Connectors:duo:Settings:InboxPath", Path.Combine(inbox, "duo")),
                new("Hub:Connectors:taalaanbieder:Settings:InboxPath", Path.Combine(inbox, "taalaanbieders")),
                new("Hub:Connectors:werksaam:Enabled", "true"),
                new("Hub:Connectors:werksaam:Settings:BaseUrl", werksaam.BaseUrl),
                new("Hub:Connectors:werksaam:Settings:ClientId", DemoWerkSaamServer.ClientId),
                new("Hub:Connectors:werksaam:Settings:ClientSecret", DemoWerkSaamServer.ClientSecret),
            ]);
            var app = HubApplication.Build(builder);
            var startup = app.Services.GetRequiredService<HubStartup>();
            startup.ValidateSecrets();
            await startup.PrepareStoreAsync(ct);
            var engine = app.Services.GetRequiredService<SyncEngine>();
            var installed = app.Services.GetRequiredService<ConnectorCatalog>().All.Select(c => c.Manifest.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var connector in Order.Where(installed.Contains))
            {
                RunPrinter.Print(await engine.RunAsync(connector, SyncTrigger.Demo, ct));
            }

            if (parse.GetValue(noServe))
            {
                await app.DisposeAsync();
                return 0;
            }

            await app.RunAsync();
            return 0;
        });
        return command;
    }
}

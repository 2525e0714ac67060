using System.CommandLine;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Server.Demo;
using Inburgering.Hub.Server.Hosting;
using Inburgering.Hub.Sync.Engine;

namespace Inburgering.Hub.Server.Cli;

/// <summary>
/// <c>demo</c>: writes a synthetic region's partner files into <c>data/inbox</c>, ingests them
/// through the real connectors and serves the hub. Running it again changes nothing.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Data folder for the inbox files.", DefaultValueFactory = _ => "data" };
        var noServe = new Option<bool>("--no-serve") { Description = "Ingest only; do not start the server." };
        var command = new Command("demo", "Generate demo partner files, ingest them through the connectors, then serve.")
        {
            data, noServe,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var coaInbox = Path.GetFullPath(Path.Combine(parse.GetValue(data)!, "inbox", "coa"));
            var region = new DemoRegionGenerator().Generate(new DateOnly(2024, 7, 1));
            foreach (var file in CoaDemoWriter.Write(region, coaInbox))
            {
                Console.Out.WriteLine("wrote " + file);
            }

            var builder = HubApplication.CreateBuilder([.. parse.UnmatchedTokens]);
            builder.Configuration.AddInMemoryCollection([new("Hub:Connectors:coa:Settings:InboxPath", coaInbox)]);
            var app = HubApplication.Build(builder);
            var startup = app.Services.GetRequiredService<HubStartup>();
            startup.ValidateSecrets();
            await startup.PrepareStoreAsync(ct);
            RunPrinter.Print(await app.Services.GetRequiredService<SyncEngine>().RunAsync("coa", SyncTrigger.Demo, ct));
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

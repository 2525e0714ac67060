using System.CommandLine;
using Inburgering.Hub.Server.Demo;
using Inburgering.Hub.Server.Hosting;

namespace Inburgering.Hub.Server.Cli;

/// <summary>
/// <c>demo</c>: generates a synthetic Westfriesland across all four partners, delivers it as the
/// partners do, ingests it through the real connectors and serves the hub. Running it again changes nothing.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Data folder for the inbox files.", DefaultValueFactory = _ => "data" };
        var noServe = new Option<bool>("--no-serve") { Description = "Ingest only; do not start the server." };
        var command = new Command("demo", "Generate a demo region, ingest it through the connectors, then serve.") { data, noServe };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, outer) =>
        {
            using var cancellation = new CliCancellation(outer);
            var ct = cancellation.Token;
            await using var delivery = await DemoDelivery.PrepareAsync(Path.GetFullPath(Path.Combine(parse.GetValue(data)!, "inbox")));
            Console.Out.WriteLine($"demo region: {delivery.Region.Journeys.Count} persons; {delivery.Files} partner files in {delivery.Inbox}; WerkSaam API at {delivery.WerkSaam.BaseUrl}");

            var builder = HubApplication.CreateBuilder([.. parse.UnmatchedTokens]);
            builder.Configuration.AddInMemoryCollection(delivery.Configuration);
            var app = HubApplication.Build(builder);
            var startup = app.Services.GetRequiredService<HubStartup>();
            startup.ValidateSecrets();
            await startup.PrepareStoreAsync(ct);
            foreach (var run in await DemoDelivery.IngestAsync(app.Services, ct))
            {
                RunPrinter.Print(run);
                if (DemoDelivery.ExplainQuarantine(run) is { } explanation)
                {
                    Console.Out.WriteLine(explanation);
                }
            }

            var cancelled = ct.IsCancellationRequested;
            cancellation.Dispose(); // from here on the host handles the signals
            if (cancelled || parse.GetValue(noServe))
            {
                await app.DisposeAsync();
                return cancelled ? 130 : 0;
            }

            await app.RunAsync();
            return 0;
        });
        return command;
    }
}

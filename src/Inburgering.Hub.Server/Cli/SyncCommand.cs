using System.CommandLine;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Server.Hosting;
using Inburgering.Hub.Sync.Engine;

namespace Inburgering.Hub.Server.Cli;

/// <summary><c>sync coa --path DIR</c>: runs one connector now and prints what it did.</summary>
internal static class SyncCommand
{
    public static Command Create()
    {
        var connector = new Argument<string>("connector") { Description = "Connector name, e.g. coa." };
        var path = new Option<string?>("--path") { Description = "Inbox folder (sets the connector's InboxPath setting)." };
        var command = new Command("sync", "Run a connector once and print the sync run.") { connector, path };
        command.SetAction(async (parse, outer) =>
        {
            using var cancellation = new CliCancellation(outer);
            var ct = cancellation.Token;
            var name = parse.GetValue(connector)!;
            var overrides = new Dictionary<string, string?>();
            if (parse.GetValue(path) is { } inbox)
            {
                overrides[$"Hub:Connectors:{name}:Settings:InboxPath"] = Path.GetFullPath(inbox);
            }

            using var app = CliHost.Build(overrides);
            var startup = app.Services.GetRequiredService<HubStartup>();
            startup.ValidateSecrets();
            await startup.PrepareStoreAsync(ct);
            var run = await app.Services.GetRequiredService<SyncEngine>().RunAsync(name, SyncTrigger.Cli, ct);
            RunPrinter.Print(run);
            return run.Status is SyncRunStatus.Succeeded or SyncRunStatus.PartiallySucceeded ? 0 : 2;
        });
        return command;
    }
}

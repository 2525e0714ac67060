using System.CommandLine;
using Inburgering.Hub.Server.Hosting;

namespace Inburgering.Hub.Server.Cli;

/// <summary>
/// The hub's command line: <c>serve</c> (default), <c>demo</c>, <c>sync</c>, <c>token</c>, <c>schema</c>,
/// <c>backup</c>, <c>restore</c>.
/// Arguments that are not a verb (e.g. <c>--urls</c>, <c>--environment</c>) go to the host.
/// </summary>
public static class HubCli
{
    private static readonly string[] Verbs = ["serve", "demo", "sync", "token", "schema", "backup", "restore", "-h", "--help", "-?"];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || !Verbs.Contains(args[0], StringComparer.Ordinal))
        {
            return await ServeAsync(args);
        }

        var root = new RootCommand("Inburgering.Hub: GraphQL data-integration hub for the Wet inburgering 2021.");
        root.Subcommands.Add(ServeCommand());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(SyncCommand.Create());
        root.Subcommands.Add(TokenCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(BackupCommand.Backup());
        root.Subcommands.Add(BackupCommand.Restore());
        try
        {
            // Verbs handle SIGINT/SIGTERM themselves (CliCancellation) or through the host: no forced exit after a
            // timeout. Errors come here, to be told in one line, rather than as System.CommandLine's stack trace.
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message);
            return 1;
        }
    }

    /// <summary>Builds and runs the web host; host arguments (<c>--urls</c> …) pass through.</summary>
    internal static async Task<int> ServeAsync(string[] hostArgs)
    {
        var app = HubApplication.Build(HubApplication.CreateBuilder(hostArgs));
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync("error: the hub did not start: " + ex.Message);
            return 1;
        }
    }

    private static Command ServeCommand()
    {
        var command = new Command("serve", "Run the hub (default). Host options such as --urls pass through.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parse, _) => ServeAsync([.. parse.UnmatchedTokens]));
        return command;
    }
}

using System.CommandLine;
using Inburgering.Hub.GraphQL;

namespace Inburgering.Hub.Server.Cli;

/// <summary><c>schema</c>: prints the GraphQL SDL of the live schema.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the GraphQL schema (SDL).");
        command.SetAction(_ =>
        {
            using var app = CliHost.Build();
            Console.Out.Write(SchemaText.Print(app.Services.GetRequiredService<HubSchema>()));
            return 0;
        });
        return command;
    }
}

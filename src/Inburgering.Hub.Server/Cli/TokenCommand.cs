using System.CommandLine;
using Inburgering.Hub.Server.Auth;

namespace Inburgering.Hub.Server.Cli;

/// <summary><c>token --gemeente GM0405 [--gemeente …] --role medewerker</c>: mints a development token.</summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var gemeente = new Option<string[]>("--gemeente") { Description = "Gemeente (GMnnnn) the caller may see rows of; repeatable.", AllowMultipleArgumentsPerToken = false };
        var role = new Option<string[]>("--role") { Description = "medewerker, analist, beheerder or auditor; repeatable.", DefaultValueFactory = _ => ["medewerker"] };
        var regio = new Option<string[]>("--regio") { Description = "Region with aggregate-only access; repeatable." };
        var subject = new Option<string>("--subject") { Description = "Subject (user id) of the token.", DefaultValueFactory = _ => Environment.UserName };
        var hours = new Option<int>("--hours") { Description = "Lifetime in hours.", DefaultValueFactory = _ => 8 };
        var command = new Command("token", "Mint a token signed with the development key (Hub:Auth:SigningKey).")
        {
            gemeente, role, regio, subject, hours,
        };
        command.SetAction(parse =>
        {
            using var app = CliHost.Build();
            var issuer = app.Services.GetRequiredService<TokenIssuer>();
            Console.Out.WriteLine(issuer.Issue(
                parse.GetValue(subject)!,
                parse.GetValue(gemeente) ?? [],
                parse.GetValue(role) ?? [],
                parse.GetValue(regio) ?? [],
                TimeSpan.FromHours(parse.GetValue(hours))));
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using Inburgering.Hub.Server.Operations;

namespace Inburgering.Hub.Server.Cli;

/// <summary>
/// <c>backup --to DIR</c>: an online, consistent copy of the SQLite database and the raw archive, with a
/// verified manifest (<see cref="HubBackup"/>); <c>restore --from DIR [--force]</c>: verifies a backup and
/// puts it in place of the configured database and archive (the hub stopped).
/// </summary>
internal static class BackupCommand
{
    public static Command Backup()
    {
        var to = new Option<string>("--to") { Description = "New or empty folder for the backup.", Required = true };
        var command = new Command("backup", "Copy the SQLite database and the raw archive while the hub runs, and verify the copy.") { to };
        command.SetAction(async (parse, outer) =>
        {
            using var cancellation = new CliCancellation(outer);
            using var app = CliHost.Build();
            var manifest = await app.Services.GetRequiredService<HubBackup>().CreateAsync(parse.GetValue(to)!, cancellation.Token);
            Console.Out.WriteLine(Describe("backup written and verified", Path.GetFullPath(parse.GetValue(to)!), manifest));
            return 0;
        });
        return command;
    }

    public static Command Restore()
    {
        var from = new Option<string>("--from") { Description = "Folder of a backup made with 'backup'.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace an existing database (kept beside it as ….before-restore-{time})." };
        var command = new Command("restore", "Verify a backup and put it in place of the configured database and archive; stop the hub first.") { from, force };
        command.SetAction(async (parse, outer) =>
        {
            using var cancellation = new CliCancellation(outer);
            using var app = CliHost.Build();
            var backup = app.Services.GetRequiredService<HubBackup>();
            var manifest = await backup.RestoreAsync(parse.GetValue(from)!, parse.GetValue(force), cancellation.Token);
            Console.Out.WriteLine(Describe("restored", backup.DatabaseFile, manifest) + "; start the hub to use it");
            return 0;
        });
        return command;
    }

    private static string Describe(string what, string where, BackupManifest manifest) => string.Create(
        CultureInfo.InvariantCulture,
        $"{what}: {where} ({manifest.Files.Count} files, {manifest.Files.Sum(f => f.Size) / 1024.0 / 1024.0:0.0} MiB, made {manifest.CreatedAt:u}, migration {manifest.Migration ?? "none"})");
}

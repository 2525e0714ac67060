using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Providers;
using Inburgering.Hub.Data.Scoping;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Tests.Shared;

/// <summary>
/// The canonical schema, migrated once per test run into a template SQLite file. A test host copies it
/// to its own database path instead of migrating a fresh file; the hub's own migration step then runs on
/// the copy and finds nothing to do. Compiled into each test project that starts SQLite hubs (a linked file).
/// </summary>
internal static class SqliteTemplate
{
    private static readonly Lazy<Task<string>> Template = new(CreateAsync);

    /// <summary>Copies the migrated template to <paramref name="databasePath"/>, unless a database is there already.</summary>
    public static async Task CopyToAsync(string databasePath)
    {
        if (File.Exists(databasePath))
        {
            return;
        }

        var template = await Template.Value;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        File.Copy(template, databasePath);
    }

    private static async Task<string> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "inburgering-hub-template", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        };
        var path = Path.Combine(folder, "template.db");
        var builder = new DbContextOptionsBuilder<HubDbContext>();
        new SqliteDatabaseProvider().Configure(builder, $"Data Source={path};Pooling=False");
        await using (var db = new HubDbContext(builder.Options, CallerScope.System))
        {
            await db.Database.MigrateAsync();
        }

        SqliteConnection.ClearAllPools();
        return path;
    }
}

using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Providers;
using Inburgering.Hub.Sync.Configuration;
using Inburgering.Hub.Sync.Engine;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Server.Hosting;

/// <summary>
/// Start-up checks and preparation: refuses to start without the secrets it needs
/// (<see cref="HubSecrets"/>); opens and migrates the store (a store it cannot open, or one migrated by a newer hub, stops it with one line that says what to
/// do), checks that the raw archive can be written, mirrors the configured gemeenten into the store,
/// closes runs that a dead process left running (<see cref="AbandonedRuns"/>) and warns about inbox
/// folders that do not exist.
/// </summary>
public sealed partial class HubStartup(
    HubSecrets secrets,
    DatabaseOptions database,
    DatabaseEngine engine,
    HubDbContextFactory dbFactory,
    DatabaseMigrator migrator,
    GemeenteCatalogWriter gemeenten,
    SyncOptions sync,
    ConnectorCatalog connectors,
    AbandonedRuns abandoned,
    ILogger<HubStartup> logger)
{
    /// <inheritdoc cref="HubSecrets.Validate"/>
    public void ValidateSecrets() => secrets.Validate();

    /// <summary>Migrates and prepares the store; throws <see cref="HubStartupException"/> with the operator's line when it cannot.</summary>
    public async Task PrepareStoreAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CheckMigrationHistoryAsync(cancellationToken);
            if (database.MigrateOnStart)
            {
                await migrator.MigrateAsync(cancellationToken);
            }

            await gemeenten.WriteAsync(cancellationToken);
            await abandoned.CloseAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not HubStartupException && StartupFailures.Explain(ex, engine) is { } line)
        {
            throw Fail(line, ex);
        }

        CheckArchive();
        WarnAboutMissingInboxes();
    }

    /// <summary>A database with migrations this hub does not know was migrated by a newer version: never run against it.</summary>
    private async Task CheckMigrationHistoryAsync(CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateSystem();
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return; // a new database: the migrations create it (errors opening it surface there)
        }

        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw Fail(
                $"The database was migrated by a newer version of the hub (migration {unknown[^1]} is unknown to this version). "
                + "Run that version or newer, or restore a backup made with this one; this version does not touch it.",
                null);
        }
    }

    private void CheckArchive()
    {
        if (!sync.ArchiveRawRecords)
        {
            return;
        }

        var folder = Path.GetFullPath(sync.ArchivePath);
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-probe-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Fail($"The raw archive folder {folder} cannot be written ({ex.Message}). Create it with write access for this user, or set Hub:Sync:ArchivePath.", ex);
        }
    }

    private void WarnAboutMissingInboxes()
    {
        foreach (var connector in connectors.All)
        {
            var name = connector.Manifest.Name;
            var options = connectors.OptionsFor(name);
            if (options.Enabled && options.Settings.GetValueOrDefault("InboxPath") is { Length: > 0 } inbox && !Directory.Exists(inbox))
            {
                LogMissingInbox(name, Path.GetFullPath(inbox));
            }
        }
    }

    private HubStartupException Fail(string line, Exception? cause)
    {
        LogStartupFailed(cause, line);
        return cause is null ? new HubStartupException(line) : new HubStartupException(line, cause);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The hub cannot start: {Line}")]
    private partial void LogStartupFailed(Exception? exception, string line);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Connector}: its inbox folder {Inbox} does not exist. Create it (the partner drops its files there) or correct Hub:Connectors:{Connector}:Settings:InboxPath; its runs fail until then.")]
    private partial void LogMissingInbox(string connector, string inbox);
}

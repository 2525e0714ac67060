using System.Security.Cryptography;
using System.Text.Json;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Providers;
using Inburgering.Hub.Sync.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Server.Operations;

/// <summary>
/// Online backup of the embedded store: a consistent copy of the SQLite database made with
/// <c>VACUUM INTO</c> while the hub keeps serving and syncing (SQLite copies one read snapshot; a
/// commit after it is simply not in the copy), the raw archive beside it, and a manifest
/// (<see cref="BackupManifest"/>) with every file's size and SHA-256. <see cref="VerifyAsync"/> checks a
/// backup (hashes and <c>PRAGMA integrity_check</c>); <see cref="RestoreAsync"/> puts one in place,
/// keeping whatever it replaces. PostgreSQL is backed up with its own tools (<c>pg_dump</c>, PITR).
/// The pseudonymisation and record keys are not in a backup: keep them in the secret store, without
/// them the restored pseudonyms no longer match new deliveries.
/// </summary>
public sealed class HubBackup(DatabaseEngine database, SyncOptions sync, HubDbContextFactory dbFactory, TimeProvider time)
{
    public const string DatabaseFileName = "hub.db";
    public const string ArchiveFolderName = "archive";
    public const string ManifestFileName = "backup.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The configured SQLite database file; throws with what to do instead for another provider or an in-memory database.</summary>
    public string DatabaseFile =>
        database.Provider is SqliteDatabaseProvider && SqliteDatabaseProvider.DatabaseFile(database.ConnectionString) is { } file
            ? file
            : throw new InvalidOperationException(
                $"Backup and restore copy the embedded SQLite database file; this hub uses {database.Provider.Name}"
                + (database.Provider is SqliteDatabaseProvider ? " in memory." : ": back it up with pg_dump or point-in-time recovery (README: Operating the hub), and keep the archive folder and the keys."));

    /// <summary>The raw archive folder (<c>Hub:Sync:ArchivePath</c>).</summary>
    public string ArchiveFolder => Path.GetFullPath(sync.ArchivePath);

    /// <summary>Writes a backup into <paramref name="target"/> (a new or empty folder) and returns its verified manifest.</summary>
    public async Task<BackupManifest> CreateAsync(string target, CancellationToken cancellationToken)
    {
        var source = DatabaseFile;
        target = Path.GetFullPath(target);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new InvalidOperationException($"The backup folder {target} is not empty: choose a new folder.");
        }

        Directory.CreateDirectory(target);
        string? migration;
        await using (var db = dbFactory.CreateSystem())
        {
            migration = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault();
        }

        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Pooling = false }.ToString()))
        {
            await connection.OpenAsync(cancellationToken);
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $target";
            vacuum.Parameters.AddWithValue("$target", Path.Combine(target, DatabaseFileName));
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }

        // After the database: every archive document the copied rows refer to is complete by now.
        if (Directory.Exists(ArchiveFolder))
        {
            CopyFolder(ArchiveFolder, Path.Combine(target, ArchiveFolderName));
        }

        var manifest = new BackupManifest(time.GetUtcNow(), migration, Describe(target));
        await File.WriteAllTextAsync(Path.Combine(target, ManifestFileName), JsonSerializer.Serialize(manifest, Json), cancellationToken);
        return await VerifyAsync(target, cancellationToken);
    }

    /// <summary>
    /// Checks the backup in <paramref name="folder"/>: every file of its manifest present with its size
    /// and SHA-256, no file missing from the manifest, and the database passes <c>PRAGMA integrity_check</c>.
    /// Throws <see cref="InvalidDataException"/> naming what is wrong.
    /// </summary>
    public static async Task<BackupManifest> VerifyAsync(string folder, CancellationToken cancellationToken)
    {
        folder = Path.GetFullPath(folder);
        var manifestFile = Path.Combine(folder, ManifestFileName);
        if (!File.Exists(manifestFile))
        {
            throw new InvalidDataException($"{folder} is not a hub backup: {ManifestFileName} is missing.");
        }

        var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestFile, cancellationToken), Json)
            ?? throw new InvalidDataException($"{manifestFile} is empty.");
        var actual = Describe(folder).ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var file in manifest.Files)
        {
            if (!actual.Remove(file.Path, out var found) || found.Size != file.Size || found.Sha256 != file.Sha256)
            {
                throw new InvalidDataException($"The backup in {folder} is damaged: {file.Path} is {(found is null ? "missing" : "changed")}.");
            }
        }

        if (actual.Count > 0)
        {
            throw new InvalidDataException($"The backup in {folder} has files its manifest does not list: {string.Join(", ", actual.Keys)}.");
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, DatabaseFileName), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var result = (string?)await check.ExecuteScalarAsync(cancellationToken);
        return result == "ok" ? manifest : throw new InvalidDataException($"The database in the backup {folder} fails its integrity check: {result}.");
    }

    /// <summary>
    /// Verifies the backup in <paramref name="source"/> and puts it in place as the configured database
    /// and archive. An existing database or archive is kept beside it as <c>….before-restore-{time}</c>;
    /// without <paramref name="replace"/> an existing database is an error. Run it while the hub is stopped.
    /// </summary>
    public async Task<BackupManifest> RestoreAsync(string source, bool replace, CancellationToken cancellationToken)
    {
        var manifest = await VerifyAsync(source, cancellationToken);
        var file = DatabaseFile;
        var stamp = time.GetUtcNow().ToString("yyyyMMddTHHmmssZ", System.Globalization.CultureInfo.InvariantCulture);
        if (File.Exists(file))
        {
            if (!replace)
            {
                throw new InvalidOperationException($"A database exists at {file}: stop the hub and pass --force to replace it (it is kept as {file}.before-restore-{stamp}).");
            }

            SqliteConnection.ClearAllPools();
            File.Move(file, $"{file}.before-restore-{stamp}");
            foreach (var side in new[] { "-wal", "-shm" }.Select(s => file + s).Where(File.Exists))
            {
                File.Move(side, $"{side}.before-restore-{stamp}");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Copy(Path.Combine(Path.GetFullPath(source), DatabaseFileName), file);
        var archive = Path.Combine(Path.GetFullPath(source), ArchiveFolderName);
        if (Directory.Exists(archive))
        {
            if (Directory.Exists(ArchiveFolder))
            {
                Directory.Move(ArchiveFolder, $"{ArchiveFolder}.before-restore-{stamp}");
            }

            CopyFolder(archive, ArchiveFolder);
        }

        return manifest;
    }

    private static List<BackupFile> Describe(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != ManifestFileName || Path.GetDirectoryName(f) != folder)
            .Select(f =>
            {
                using var stream = File.OpenRead(f);
                return new BackupFile(Path.GetRelativePath(folder, f).Replace('\\', '/'), stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
            })
            .OrderBy(f => f.Path, StringComparer.Ordinal),
    ];

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}

/// <summary>What a backup holds: when it was made, the last migration of its database, and every file with its size (bytes) and SHA-256 (lowercase hex).</summary>
public sealed record BackupManifest(DateTimeOffset CreatedAt, string? Migration, IReadOnlyList<BackupFile> Files);

/// <summary>One file of a backup, by its path relative to the backup folder.</summary>
public sealed record BackupFile(string Path, long Size, string Sha256);

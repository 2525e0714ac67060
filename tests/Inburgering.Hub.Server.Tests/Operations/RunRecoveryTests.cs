using Inburgering.Hub.Server.Tests.Support;
using Inburgering.Hub.Sync.Engine;
using Microsoft.Data.Sqlite;

namespace Inburgering.Hub.Server.Tests.Operations;

/// <summary>
/// A run whose process is gone is never shown as running: <c>kill -9</c> of a command-line
/// <c>sync coa</c> mid-run leaves a run that the next start closes as <c>Abandoned</c> while the new
/// run resumes without duplicates; <c>SIGTERM</c> and <c>SIGINT</c> cancel the run, roll back the open
/// batch and record it as <c>Cancelled</c>, as the server does.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RunRecoveryTests : IDisposable
{
    private const int Rows = 30_000;

    /// <summary>
    /// Rows of the file a signal interrupts: far more than the hub loads between the test seeing the first
    /// 1,000 rows and the signal arriving (at 10,000 rows/s and more, 30,000 rows could all be loaded by then).
    /// </summary>
    private const int SignalledRows = 300_000;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "inburgering-hub-recovery-tests", Guid.NewGuid().ToString("N"));

    private string Inbox => Path.Combine(_folder, "inbox");

    private void WriteInbox(int rows)
    {
        var bsns = CoaFiles.Bsns(rows);
        CoaFiles.WriteKoppelingen(Inbox, "20240105", Enumerable.Range(0, rows).Select(n => CoaFiles.Koppeling($"K-{n:D6}", bsns[n], CoaFiles.VNummer(n), RegionFixture.Hoorn)));
    }

    [Fact]
    public async Task A_killed_run_is_closed_as_abandoned_at_the_next_start_and_the_next_run_resumes()
    {
        WriteInbox(Rows);
        using (var first = HubProcess.Start(_folder, "sync", "coa", "--path", Inbox))
        {
            await first.WaitForAsync(_folder, "SELECT COUNT(*) FROM koppelingen", n => n >= 1_000, TimeSpan.FromMinutes(3));
            first.Signal("KILL");
            await first.ExitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal([("Running", (string?)null)], await RunsAsync());

        using var second = HubProcess.Start(_folder, "sync", "coa", "--path", Inbox);
        Assert.Equal(0, await second.ExitAsync(TimeSpan.FromMinutes(5)));

        var runs = await RunsAsync();
        Assert.Equal(2, runs.Count);
        Assert.Equal(("Abandoned", AbandonedRuns.Explanation), runs[0]);
        Assert.Equal("Succeeded", runs[1].Status);
        Assert.Equal(Rows, await ScalarAsync("SELECT COUNT(*) FROM koppelingen"));
        Assert.Equal(Rows, await ScalarAsync("SELECT COUNT(DISTINCT SourceId) FROM koppelingen"));
    }

    [Fact]
    public Task SIGTERM_cancels_the_command_line_run_and_records_it() => SignalCancelsTheRunAsync("TERM");

    [SigintFact]
    public Task SIGINT_cancels_the_command_line_run_and_records_it() => SignalCancelsTheRunAsync("INT");

    private async Task SignalCancelsTheRunAsync(string signal)
    {
        WriteInbox(SignalledRows);
        using var process = HubProcess.Start(_folder, "sync", "coa", "--path", Inbox);
        await process.WaitForAsync(_folder, "SELECT COUNT(*) FROM koppelingen", n => n >= 1_000, TimeSpan.FromMinutes(3));

        process.Signal(signal);
        var exit = await process.ExitAsync(TimeSpan.FromMinutes(1));

        Assert.NotEqual(0, exit);
        var run = Assert.Single(await RunsAsync());
        Assert.Equal("Cancelled", run.Status);
        Assert.Contains("rolled back", run.Error);
        Assert.Contains($"SIG{signal}: cancelling", process.Output);
        Assert.Contains("coa Cancelled", process.Output);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task<List<(string Status, string? Error)>> RunsAsync()
    {
        await using var connection = new SqliteConnection(HubProcess.ConnectionString(_folder));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Status, Error FROM sync_runs ORDER BY Id";
        await using var reader = await command.ExecuteReaderAsync();
        var runs = new List<(string, string?)>();
        while (await reader.ReadAsync())
        {
            runs.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return runs;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(HubProcess.ConnectionString(_folder));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

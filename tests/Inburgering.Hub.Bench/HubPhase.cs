using System.Diagnostics;
using System.Globalization;
using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Engine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Bench;

/// <summary>Ingests the generated file through the real sync engine and COA connector, then checks the store.</summary>
internal static class HubPhase
{
    public static async Task<PhaseResult> RunAsync(string file, string databasePath, int rows)
    {
        await using var services = await HubServices.StartAsync(databasePath, Path.GetDirectoryName(file)!);
        string pragmas;
        await using (var db = services.GetRequiredService<HubDbContextFactory>().CreateSystem())
        {
            pragmas = await HubServices.PragmasAsync(db);
        }

        var engine = services.GetRequiredService<SyncEngine>();
        GC.Collect();
        SyncRun run;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        long peakWorkingSet, peakHeap, peakPrivate;
        await using (var sampler = new MemorySampler())
        {
            run = await engine.RunAsync("coa", SyncTrigger.Manual, CancellationToken.None);
            stopwatch.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            peakWorkingSet = Math.Max(sampler.PeakWorkingSet, MemorySampler.ProcessPeakWorkingSet());
            peakHeap = sampler.PeakManagedHeap;
            peakPrivate = sampler.PeakPrivate;
        }

        var problems = new List<string>();
        if (run.Status != SyncRunStatus.Succeeded)
        {
            problems.Add($"run status {run.Status}: {run.Error}");
        }

        if (run.Read != rows || run.Inserted != rows || run.Quarantined != 0)
        {
            problems.Add($"run read {run.Read}, inserted {run.Inserted}, quarantined {run.Quarantined}; expected {rows}, {rows}, 0");
        }

        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await Expect(connection, problems, "SELECT COUNT(*) FROM koppelingen WHERE NOT IsDeleted", rows, "koppelingen");
        await Expect(connection, problems, "SELECT COUNT(*) FROM inburgeraars", rows, "inburgeraars");
        await Expect(connection, problems, "SELECT COUNT(DISTINCT InburgeraarId) FROM koppelingen", rows, "persons with a koppeling");
        await Expect(
            connection,
            problems,
            "SELECT COUNT(*) FROM (SELECT Pseudoniem FROM inburgeraars WHERE Pseudoniem IS NOT NULL GROUP BY Pseudoniem HAVING COUNT(*) > 1)",
            0,
            "duplicate BSN persons");
        await Expect(
            connection,
            problems,
            "SELECT COUNT(*) FROM (SELECT VNummerPseudoniem FROM inburgeraars GROUP BY VNummerPseudoniem HAVING COUNT(*) > 1)",
            0,
            "duplicate V-nummer persons");
        var withoutBsn = await Scalar(connection, "SELECT COUNT(*) FROM inburgeraars WHERE Pseudoniem IS NULL");

        return new PhaseResult
        {
            Phase = "hub",
            Rows = rows,
            Seconds = stopwatch.Elapsed.TotalSeconds,
            CpuSeconds = cpu.TotalSeconds,
            PeakWorkingSet = peakWorkingSet,
            PeakManagedHeap = peakHeap,
            PeakPrivate = peakPrivate,
            Pragmas = pragmas,
            Problems = problems,
            Detail = string.Create(
                CultureInfo.InvariantCulture,
                $"run {run.Status}: read {run.Read}, inserted {run.Inserted}, quarantined {run.Quarantined}; persons without BSN {withoutBsn} ({100.0 * withoutBsn / Math.Max(1, rows):F1} %)"),
        };
    }

    private static async Task Expect(SqliteConnection connection, List<string> problems, string sql, long expected, string what)
    {
        var actual = await Scalar(connection, sql);
        if (actual != expected)
        {
            problems.Add($"{what}: {actual}, expected {expected}");
        }
    }

    private static async Task<long> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}

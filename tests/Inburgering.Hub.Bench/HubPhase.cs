using System.Diagnostics;
using System.Globalization;
using Inburgering.Hub.Bench.Query.Dataset;
using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Sync.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Bench;

/// <summary>Ingests the generated file through the real sync engine and COA connector, then checks the store.</summary>
internal static class HubPhase
{
    public static async Task<PhaseResult> RunAsync(string file, BenchDatabase database, int rows)
    {
        await using var services = await HubServices.StartAsync(database, Path.GetDirectoryName(file)!);
        string pragmas;
        await using (var settings = services.GetRequiredService<HubDbContextFactory>().CreateSystem())
        {
            pragmas = await HubServices.PragmasAsync(settings);
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

        await using var db = services.GetRequiredService<HubDbContextFactory>().CreateSystem();
        Expect(problems, await db.Koppelingen.IgnoreQueryFilters().CountAsync(k => !k.IsDeleted), rows, "koppelingen");
        Expect(problems, await db.Inburgeraars.IgnoreQueryFilters().CountAsync(), rows, "inburgeraars");
        Expect(problems, await db.Koppelingen.IgnoreQueryFilters().Select(k => k.InburgeraarId).Distinct().CountAsync(), rows, "persons with a koppeling");
        Expect(
            problems,
            await db.Inburgeraars.IgnoreQueryFilters().Where(i => i.Pseudoniem != null).GroupBy(i => i.Pseudoniem).CountAsync(g => g.Count() > 1),
            0,
            "duplicate BSN persons");
        Expect(
            problems,
            await db.Inburgeraars.IgnoreQueryFilters().GroupBy(i => i.VNummerPseudoniem).CountAsync(g => g.Count() > 1),
            0,
            "duplicate V-nummer persons");
        var withoutBsn = await db.Inburgeraars.IgnoreQueryFilters().CountAsync(i => i.Pseudoniem == null);

        // Hub:Sync:AnalyzeAfterRows (10,000 by default): a run at least that large ends with planner statistics
        // (SQLite: sqlite_stat1, which exists only once ANALYZE has run; PostgreSQL: pg_statistic).
        var statistics = database.Provider == BenchProvider.Sqlite
                && await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'sqlite_stat1'").SingleAsync() == 0
            ? 0
            : await db.Database.SqlQueryRaw<long>(
                    database.Provider == BenchProvider.Sqlite
                        ? "SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'koppelingen'"
                        : "SELECT COUNT(*) AS \"Value\" FROM pg_stats WHERE tablename = 'koppelingen'")
                .SingleAsync();
        if (statistics == 0 && rows >= new Inburgering.Hub.Sync.Configuration.SyncOptions().AnalyzeAfterRows)
        {
            problems.Add("no planner statistics on koppelingen after the load (Hub:Sync:AnalyzeAfterRows)");
        }

        return new PhaseResult
        {
            Phase = "hub",
            Provider = database.Label,
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
                $"run {run.Status}: read {run.Read}, inserted {run.Inserted}, quarantined {run.Quarantined}; persons without BSN {withoutBsn} ({100.0 * withoutBsn / Math.Max(1, rows):F1} %); planner statistics rows for koppelingen {statistics}"),
        };
    }

    private static void Expect(List<string> problems, long actual, long expected, string what)
    {
        if (actual != expected)
        {
            problems.Add($"{what}: {actual}, expected {expected}");
        }
    }
}

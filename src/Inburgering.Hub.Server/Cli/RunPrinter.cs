using System.Globalization;
using Inburgering.Hub.Domain.Operational;

namespace Inburgering.Hub.Server.Cli;

/// <summary>One line per sync run for the console.</summary>
internal static class RunPrinter
{
    public static void Print(SyncRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"run {run.Id} {run.Connector} {run.Status}: read {run.Read}, inserted {run.Inserted}, updated {run.Updated}, unchanged {run.Unchanged}, deleted {run.Deleted}, quarantined {run.Quarantined}"));
        if (run.Error is not null)
        {
            Console.Out.WriteLine("  error: " + run.Error);
        }
    }
}

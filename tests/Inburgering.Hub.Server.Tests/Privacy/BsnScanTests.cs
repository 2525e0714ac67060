using Inburgering.Hub.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Inburgering.Hub.Server.Tests.Privacy;

/// <summary>
/// After every source was ingested — the demo region through all four connectors and every contract
/// example, bad records included — no cell of any table, and no line of the raw archive (which is
/// meant to be masked, see <c>RawArchive</c>), holds a number that passes the BSN elfproef.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BsnScanTests(AllSourcesHubFactory hub, ITestOutputHelper output) : IClassFixture<AllSourcesHubFactory>
{
    [Fact]
    public async Task No_cell_of_any_table_holds_a_BSN()
    {
        var result = await SqliteBsnScanner.ScanAsync(hub.ConnectionString);
        output.WriteLine("cells read: " + SqliteBsnScanner.Describe(result.CellsPerTable));

        Assert.True(result.Hits.Count == 0, $"{result.Hits.Count} BSN(s) stored:{Environment.NewLine}{SqliteBsnScanner.Describe(result.Hits)}");
        foreach (var table in new[] { "inburgeraars", "koppelingen", "duo_meldingen", "quarantine_records", "sync_runs", "source_files" })
        {
            Assert.True(result.CellsPerTable.GetValueOrDefault(table) > 0, $"{table} was not read or is empty: {SqliteBsnScanner.Describe(result.CellsPerTable)}");
        }
    }

    [Fact]
    public void No_line_of_the_raw_archive_holds_a_BSN()
    {
        var files = Directory.GetFiles(hub.ArchivePath, "*", SearchOption.AllDirectories);
        var hits = files
            .SelectMany(f => File.ReadLines(f).SelectMany((line, i) => BsnFinder.Find(line).Select(e => new BsnHit(Path.GetFileName(f), $"line {i + 1}", null, e))))
            .ToList();

        Assert.NotEmpty(files);
        Assert.True(hits.Count == 0, $"{hits.Count} BSN(s) archived:{Environment.NewLine}{SqliteBsnScanner.Describe(hits)}");
    }

    [Fact]
    public async Task Every_contract_example_was_ingested_bad_records_into_quarantine()
    {
        await using var db = hub.System();
        var files = await db.SourceFiles.Select(f => f.Name).ToListAsync();
        var quarantined = await db.QuarantineRecords.Select(q => q.SourceId).ToListAsync();

        Assert.All(hub.DeliveredExamples, name => Assert.Contains(name, files));
        Assert.Subset(quarantined.ToHashSet(), new HashSet<string?> { "K-000044", "K-000045", "M-000088", "M-000089" });
    }

    [Fact]
    public void The_delivered_files_did_hold_BSNs()
    {
        var delivered = AllSourcesHubFactory.ExampleFolders.SelectMany(folder => Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            .Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Sum(f => File.ReadLines(f).Sum(l => BsnFinder.Find(l).Count));

        Assert.True(delivered > 50, $"only {delivered} BSNs in the contract examples: the scan would prove little");
    }
}

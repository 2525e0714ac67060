using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tests.Engine;

/// <summary>Issue 13: records of unbounded size are quarantined with a truncated, masked excerpt, never stored whole.</summary>
[Trait("Category", "Integration")]
public sealed class RecordSizeLimitTests
{
    private static readonly string Huge = TestBsns.A + new string('x', 3 * 1024 * 1024);

    [Fact]
    public async Task A_record_with_a_three_megabyte_field_is_quarantined_with_a_masked_excerpt()
    {
        await using var hub = await HubTestHost.StartAsync();
        var oversized = Coa.Koppeling("K-2", TestBsns.B, line: 3) is var k
            ? k with { Raw = "K-2;" + Huge, Data = ((KoppelingRecord)k.Data) with { Herkomstland = Huge } }
            : null!;

        var run = await hub.RunSnapshotAsync(Coa.Document(
            "coa.csv",
            Coa.Koppeling("K-1", TestBsns.C),
            oversized,
            new SourceRejection("line 4", "K-4;" + Huge, ReasonCodes.MalformedRecord, "bad value '" + Huge + "'", "K-4", "GM0405")));

        Assert.Equal(1, run.Inserted);
        await using var db = hub.System();
        var rows = await db.QuarantineRecords.OrderBy(q => q.Location).ToListAsync();
        Assert.Equal(["RECORD_TOO_LARGE", ReasonCodes.MalformedRecord], rows.Select(r => r.ReasonCode));
        Assert.Contains("Hub:Sync:MaxRecordSize", rows[0].Message, StringComparison.Ordinal);
        Assert.All(rows, r =>
        {
            Assert.True(r.Content.Length < 1_000, $"content of {r.Content.Length} characters");
            Assert.True(r.Message.Length < 1_200, $"message of {r.Message.Length} characters");
            Assert.Contains("[truncated: ", r.Content, StringComparison.Ordinal);
            Assert.DoesNotContain(TestBsns.A, r.Content, StringComparison.Ordinal);
            Assert.Null(r.RecordJson);
        });
        var archived = Directory.EnumerateFiles(Path.Combine(hub.Folder, "archive"), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.True(archived < 10_000, $"the raw archive holds {archived} bytes");
    }

    [Fact]
    public async Task The_limits_are_set_per_connector()
    {
        await using var hub = await HubTestHost.StartAsync(overrides: new Dictionary<string, string?>
        {
            [$"Hub:Connectors:{ScriptedConnector.ConnectorName}:MaxFieldSize"] = "12",
        });

        var run = await hub.RunSnapshotAsync(Coa.Document("coa.csv", Coa.Koppeling("K-1", TestBsns.C, herkomstland: "SYR"), Coa.Koppeling("K-2", TestBsns.B, herkomstland: "ABCDEFGHIJKLM", line: 3)));

        Assert.Equal(1, run.Inserted);
        await using var db = hub.System();
        var row = await db.QuarantineRecords.SingleAsync();
        Assert.Equal("RECORD_TOO_LARGE", row.ReasonCode);
        Assert.Contains("Herkomstland", row.Message, StringComparison.Ordinal);
    }
}

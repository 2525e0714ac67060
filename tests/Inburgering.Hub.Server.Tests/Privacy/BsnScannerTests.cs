using Inburgering.Hub.Server.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Inburgering.Hub.Server.Tests.Privacy;

/// <summary>The scanner itself: it finds a planted BSN wherever it is, and only BSNs.</summary>
public sealed class BsnScannerTests : IAsyncLifetime
{
    private static readonly string Planted = CoaFiles.Bsns(1)[0];

    private readonly string _file = Path.Combine(Path.GetTempPath(), "inburgering-hub-bsn-scanner-" + Guid.NewGuid().ToString("N") + ".db");

    private string ConnectionString => $"Data Source={_file};Pooling=False";

    public async Task InitializeAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE "some table" ("id" INTEGER PRIMARY KEY, "note" TEXT, "other" TEXT, "amount" INTEGER);
            CREATE TABLE "keyed" ("code" TEXT PRIMARY KEY, "remark" TEXT) WITHOUT ROWID;
            INSERT INTO "some table" VALUES (1, 'nothing here', '123456789', 12);
            INSERT INTO "some table" VALUES (2, 'a 10-digit v-nummer 1234567890 and a date 20240105', NULL, NULL);
            INSERT INTO "some table" VALUES (7, 'see $planted$ in the middle', 'fine', 3);
            INSERT INTO "some table" VALUES (8, '0f3a9c5d2e1b4a7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c', NULL, $planted$);
            INSERT INTO "keyed" VALUES ('x', 'ok'), ('y', 'bsn:$planted$');
            """.Replace("$planted$", Planted, StringComparison.Ordinal);
        await command.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync()
    {
        File.Delete(_file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_planted_BSN_is_found_with_its_table_column_and_row_and_shown_masked()
    {
        var result = await SqliteBsnScanner.ScanAsync(ConnectionString);

        Assert.Equal(
            [("keyed", "remark", 2L), ("some table", "amount", 8L), ("some table", "note", 7L)],
            result.Hits.Select(h => (h.Source, h.Column, h.Row ?? 0)).Order());
        Assert.All(result.Hits, h => Assert.DoesNotContain(Planted, h.ToString(), StringComparison.Ordinal));
        Assert.Contains("*********", result.Hits.Single(h => h.Column == "note").Excerpt, StringComparison.Ordinal);
        Assert.Equal(["keyed", "some table"], result.CellsPerTable.Keys.Order());
    }

    [Theory]
    [InlineData("123456789")] // nine digits, elfproef fails
    [InlineData("1234567890")] // longer digit run
    [InlineData("20240105")]
    [InlineData("ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef561234")]
    public void Text_without_a_BSN_has_no_hit(string text) => Assert.Empty(BsnFinder.Find(text));

    [Theory]
    [InlineData("{0}")]
    [InlineData("K-1;{0};GM0405")]
    [InlineData("bsn=\"{0}\"")]
    public void A_BSN_between_separators_is_a_hit(string format) =>
        Assert.Single(BsnFinder.Find(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Planted)));
}

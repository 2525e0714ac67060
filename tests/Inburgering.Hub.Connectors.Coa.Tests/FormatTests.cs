using System.Text;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Coa.Tests;

/// <summary>Encoding, dates, header and line handling of the CSV format.</summary>
public sealed class FormatTests : IDisposable
{
    private const string FileName = "coa-koppelingen-20240105.csv";
    private readonly TestInbox _inbox = new();

    public void Dispose() => _inbox.Dispose();

    [Fact]
    public async Task Windows1252_byte_0xEB_is_read_as_e_trema()
    {
        var text = TestInbox.KoppelingHeader + "\r\n" + KoppelingRow.With("K-1", ("gezin_id", "G-Dani#ls")) + "\r\n";
        var bytes = Encoding.ASCII.GetBytes(text);
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xEB;
        _inbox.WriteBytes(FileName, bytes);

        var messages = await ConnectorRun.ReadAllAsync(_inbox);

        var record = Assert.Single(messages.OfType<SourceRecord>());
        Assert.Equal("G-Daniëls", ((KoppelingRecord)record.Data).GezinId);
        Assert.Contains("G-Daniëls", record.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Windows1252_accents_in_herkomstland_are_kept()
    {
        _inbox.Write(FileName, TestInbox.KoppelingHeader, KoppelingRow.With("K-1", ("herkomstland", "Eritreë")));

        var record = Assert.Single((await ConnectorRun.ReadAllAsync(_inbox)).Koppelingen());

        Assert.Equal("ERITREË", record.Herkomstland);
    }

    [Theory]
    [InlineData("01-01-2024", 2024, 1, 1)]
    [InlineData("29-02-2024", 2024, 2, 29)]
    [InlineData("31-12-1999", 1999, 12, 31)]
    public async Task Dates_are_read_as_dd_MM_yyyy(string text, int year, int month, int day)
    {
        _inbox.Write(FileName, TestInbox.KoppelingHeader, KoppelingRow.With("K-1", ("koppeldatum", text), ("huisvestingsdatum", text)));

        var record = Assert.Single((await ConnectorRun.ReadAllAsync(_inbox)).Koppelingen());

        Assert.Equal(new DateOnly(year, month, day), record.Koppeldatum);
        Assert.Equal(new DateOnly(year, month, day), record.Huisvestingsdatum);
    }

    [Fact]
    public async Task Columns_are_matched_by_name_in_any_order_and_case()
    {
        var columns = TestInbox.KoppelingHeader.Split(';');
        var values = KoppelingRow.Good("K-1").Split(';');
        var header = string.Join(';', columns.Reverse().Select(c => c.ToUpperInvariant()));
        _inbox.Write(FileName, header, string.Join(';', values.Reverse()));

        var record = Assert.Single((await ConnectorRun.ReadAllAsync(_inbox)).OfType<SourceRecord>());

        Assert.Equal("K-1", record.SourceId);
        Assert.Equal("GM0405", ((KoppelingRecord)record.Data).GemeenteCode);
    }

    [Fact]
    public async Task Quoted_fields_are_unquoted()
    {
        _inbox.Write(FileName, TestInbox.KoppelingHeader, KoppelingRow.With("K-1", ("gezin_id", "\"G;\"\"1\"\"\"")));

        var record = Assert.Single((await ConnectorRun.ReadAllAsync(_inbox)).Koppelingen());

        Assert.Equal("G;\"1\"", record.GezinId);
    }

    [Fact]
    public async Task Line_numbers_are_physical_and_blank_lines_are_skipped()
    {
        _inbox.Write(FileName, TestInbox.KoppelingHeader, KoppelingRow.Good("K-1"), "", KoppelingRow.Good("K-2"));

        var records = (await ConnectorRun.ReadAllAsync(_inbox)).OfType<SourceRecord>().ToList();

        Assert.Equal([$"{FileName}:line 2", $"{FileName}:line 4"], records.Select(r => r.Location));
    }

    [Fact]
    public async Task Lf_line_endings_and_a_missing_final_newline_are_read()
    {
        _inbox.WriteBytes(FileName, Encoding.ASCII.GetBytes(TestInbox.KoppelingHeader + "\n" + KoppelingRow.Good("K-1") + "\n" + KoppelingRow.Good("K-2")));

        var messages = await ConnectorRun.ReadAllAsync(_inbox);

        Assert.Equal(2, messages.OfType<SourceRecord>().Count());
        Assert.Empty(messages.OfType<SourceRejection>());
    }

    [Fact]
    public async Task Header_only_file_is_a_readable_empty_export()
    {
        _inbox.Write(FileName, TestInbox.KoppelingHeader);

        var messages = await ConnectorRun.ReadAllAsync(_inbox);

        Assert.Collection(messages, m => Assert.IsType<DocumentStarted>(m), m => Assert.IsType<DocumentCompleted>(m));
    }
}

using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Coa.Tests;

/// <summary>The taakstelling stream.</summary>
public sealed class TaakstellingTests : IDisposable
{
    private const string FileName = "coa-taakstelling-20240105.csv";
    private readonly TestInbox _inbox = new();

    public void Dispose() => _inbox.Dispose();

    [Fact]
    public async Task Good_rows_become_records_keyed_by_gemeente_and_periode()
    {
        _inbox.Write(FileName, TestInbox.TaakstellingHeader, " gm0405 ;2023-h2;12;0");

        var record = Assert.Single((await ConnectorRun.ReadAllAsync(_inbox, stream: "taakstelling")).OfType<SourceRecord>());

        Assert.Equal("GM0405:2023-H2", record.SourceId);
        Assert.Equal($"{FileName}:line 2", record.Location);
        Assert.Equal(
            new TaakstellingRecord { GemeenteCode = "GM0405", Periode = "2023-H2", Taakstelling = 12, Gerealiseerd = 0 },
            record.Data);
    }

    [Theory]
    [InlineData("GM0405;2023-H1;27", ReasonCodes.MalformedRecord, "3 fields")]
    [InlineData(";2023-H1;27;40", ReasonCodes.MissingField, "gemeente_code")]
    [InlineData("GM0405;;27;40", ReasonCodes.MissingField, "periode")]
    [InlineData("GM0405;2023-H1;;40", ReasonCodes.MissingField, "taakstelling")]
    [InlineData("GM0405;2023-H1;27;", ReasonCodes.MissingField, "gerealiseerd")]
    [InlineData("GM0405;2023-Q1;27;40", ReasonCodes.InvalidValue, "'periode' value '2023-Q1'")]
    [InlineData("GM0405;2023-H1;2,5;40", ReasonCodes.InvalidNumber, "'taakstelling' value '2,5'")]
    [InlineData("GM0405;2023-H1;27;-1", ReasonCodes.InvalidNumber, "'gerealiseerd' value '-1'")]
    [InlineData("GM0405;2023-H2;1;1", ReasonCodes.DuplicateId, "GM0405:2023-H2")]
    public async Task Bad_row_is_rejected_and_good_rows_still_load(string badRow, string reasonCode, string messagePart)
    {
        _inbox.Write(FileName, TestInbox.TaakstellingHeader, "GM0405;2023-H2;12;46", badRow, "GM0388;2023-H1;46;17");

        var messages = await ConnectorRun.ReadAllAsync(_inbox, stream: "taakstelling");

        Assert.Equal(["GM0405:2023-H2", "GM0388:2023-H1"], messages.OfType<SourceRecord>().Select(r => r.SourceId));
        var rejection = messages.SingleRejection();
        Assert.Equal(reasonCode, rejection.ReasonCode);
        Assert.Equal($"{FileName}:line 3", rejection.Location);
        Assert.Contains(messagePart, rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Koppelingen_header_in_a_taakstelling_file_is_unreadable()
    {
        _inbox.Write(FileName, TestInbox.KoppelingHeader, KoppelingRow.Good("K-1"));

        var messages = await ConnectorRun.ReadAllAsync(_inbox, stream: "taakstelling");

        var unreadable = Assert.IsType<DocumentUnreadable>(messages[^1]);
        Assert.Contains("periode", unreadable.Message, StringComparison.Ordinal);
        Assert.True(_inbox.InInbox(FileName));
    }
}

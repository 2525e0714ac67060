using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Coa.Tests;

/// <summary>The stream state: the export date of the last applied file.</summary>
public sealed class StateTests : IDisposable
{
    private readonly TestInbox _inbox = new();

    public void Dispose() => _inbox.Dispose();

    [Fact]
    public void State_json_round_trips()
    {
        var json = new CoaState("20240105").ToJson();

        Assert.Equal("{\"lastExportDate\":\"20240105\"}", json);
        Assert.Equal(new CoaState("20240105"), CoaState.Parse(json));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_state_means_first_run(string? state) => Assert.Null(CoaState.Parse(state));

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("{\"lastExportDate\":\"2024-01-05\"}")]
    public void Invalid_state_is_refused(string state) =>
        Assert.Throws<InvalidOperationException>(() => CoaState.Parse(state));

    [Fact]
    public async Task Files_are_read_in_date_order_and_each_completes_with_its_date()
    {
        _inbox.Write("coa-koppelingen-20240112.csv", TestInbox.KoppelingHeader, KoppelingRow.Good("K-2"));
        _inbox.Write("coa-koppelingen-20240105.csv", TestInbox.KoppelingHeader, KoppelingRow.Good("K-1"));

        var messages = await ConnectorRun.ReadAllAsync(_inbox);

        Assert.Equal(
            ["coa-koppelingen-20240105.csv", "coa-koppelingen-20240112.csv"],
            messages.OfType<DocumentStarted>().Select(s => s.Name));
        Assert.Equal(
            ["{\"lastExportDate\":\"20240105\"}", "{\"lastExportDate\":\"20240112\"}"],
            messages.OfType<DocumentCompleted>().Select(c => c.State));
    }

    [Fact]
    public async Task State_from_a_run_makes_an_older_file_stale_on_the_next_run()
    {
        _inbox.Write("coa-koppelingen-20240112.csv", TestInbox.KoppelingHeader, KoppelingRow.Good("K-2"));
        var first = await ConnectorRun.ReadAllAsync(_inbox);
        var state = Assert.IsType<DocumentCompleted>(first[^1]).State;

        _inbox.Write("coa-koppelingen-20240105.csv", TestInbox.KoppelingHeader, KoppelingRow.Good("K-1"));
        var second = await ConnectorRun.ReadAllAsync(_inbox, state: state);

        Assert.Empty(second);
        Assert.False(_inbox.InInbox("coa-koppelingen-20240105.csv"));
        Assert.True(_inbox.InProcessed("coa-koppelingen-20240105.csv"));
    }

    [Fact]
    public async Task Same_date_is_read_again_and_newer_dates_are_read()
    {
        _inbox.Write("coa-koppelingen-20240105.csv", TestInbox.KoppelingHeader, KoppelingRow.Good("K-1"));
        _inbox.Write("coa-koppelingen-20240112.csv", TestInbox.KoppelingHeader, KoppelingRow.Good("K-2"));
        _inbox.Write("coa-koppelingen-20231229.csv", TestInbox.KoppelingHeader, KoppelingRow.Good("K-0"));

        var messages = await ConnectorRun.ReadAllAsync(_inbox, state: "{\"lastExportDate\":\"20240105\"}");

        Assert.Equal(
            ["coa-koppelingen-20240105.csv", "coa-koppelingen-20240112.csv"],
            messages.OfType<DocumentStarted>().Select(s => s.Name));
        Assert.Equal(["K-1", "K-2"], messages.OfType<SourceRecord>().Select(r => r.SourceId));
    }

    [Fact]
    public async Task Stale_file_stays_when_move_processed_is_false()
    {
        _inbox.Write("coa-koppelingen-20240105.csv", TestInbox.KoppelingHeader, KoppelingRow.Good("K-1"));

        var messages = await ConnectorRun.ReadAllAsync(_inbox, state: "{\"lastExportDate\":\"20240112\"}", moveProcessed: false);

        Assert.Empty(messages);
        Assert.True(_inbox.InInbox("coa-koppelingen-20240105.csv"));
    }
}

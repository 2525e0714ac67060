using Inburgering.Hub.Connectors.Abstractions;
using static Inburgering.Hub.Connectors.Sample.Tests.Jsonl;

namespace Inburgering.Hub.Connectors.Sample.Tests;

/// <summary>Sample-specific behaviour beyond the acceptance kit.</summary>
public sealed class SampleConnectorTests : IDisposable
{
    private readonly string _inbox = Directory.CreateTempSubdirectory("sample-connector-").FullName;

    public void Dispose() => Directory.Delete(_inbox, recursive: true);

    [Fact]
    public async Task A_record_maps_every_field_and_names_file_and_line()
    {
        Write(_inbox, "a.jsonl", "", Item("P-1", BsnA, "gm0405", "werkstage", "2024-01-08", "2024-06-30", "12.5"));

        var messages = await ReadAsync();

        var record = Assert.Single(messages.OfType<SourceRecord>());
        Assert.Equal("P-1", record.SourceId);
        Assert.Equal("a.jsonl:line 2", record.Location);
        Assert.Equal(
            new ParticipatieRecord
            {
                Person = new PersonRef(BsnA),
                GemeenteCode = "GM0405",
                Soort = "WERKSTAGE",
                Startdatum = new DateOnly(2024, 1, 8),
                Einddatum = new DateOnly(2024, 6, 30),
                UrenPerWeek = 12.5m,
            },
            record.Data);
        Assert.Equal("a.jsonl", Assert.IsType<DocumentCompleted>(messages[^1]).State);
    }

    [Fact]
    public async Task Files_stay_in_the_inbox()
    {
        var path = Write(_inbox, "a.jsonl", Item("P-1", BsnA));

        await ReadAsync();

        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_is_unreadable_and_later_files_wait()
    {
        File.WriteAllBytes(Path.Combine(_inbox, "a.jsonl"), [0x7B, 0xFF, 0xFE, 0x7D, 0x0A]);
        Write(_inbox, "b.jsonl", Item("P-1", BsnA));

        var messages = await ReadAsync();

        Assert.Collection(
            messages,
            m => Assert.Equal("a.jsonl", Assert.IsType<DocumentStarted>(m).Name),
            m => Assert.Equal(ReasonCodes.UnreadableDocument, Assert.IsType<DocumentUnreadable>(m).ReasonCode));
    }

    [Fact]
    public async Task A_rejection_message_never_holds_the_BSN()
    {
        Write(_inbox, "a.jsonl", Item("P-1", BsnA, startdatum: BsnA));

        var rejection = Assert.Single((await ReadAsync()).OfType<SourceRejection>());

        Assert.Equal(ReasonCodes.InvalidDate, rejection.ReasonCode);
        Assert.DoesNotContain(BsnA, rejection.Message, StringComparison.Ordinal);
    }

    private async Task<List<SourceMessage>> ReadAsync(string? state = null)
    {
        var settings = new ConnectorSettings([new(SampleSettingsKeys.InboxPath, _inbox)]);
        var messages = new List<SourceMessage>();
        await foreach (var message in new SampleConnector().ReadAsync(new ReadRequest(SampleConnector.Stream, settings, state), CancellationToken.None))
        {
            messages.Add(message);
        }

        return messages;
    }
}

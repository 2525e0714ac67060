using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Taalaanbieder.Tests;

/// <summary>Runs the connector to the end and collects what it yields.</summary>
internal static class ConnectorRun
{
    public static async Task<List<SourceMessage>> ReadAllAsync(TestInbox inbox, string? state = null, bool moveProcessed = true)
    {
        var messages = new List<SourceMessage>();
        var request = new ReadRequest("voortgang", inbox.Settings(moveProcessed), state);
        await foreach (var message in new TaalaanbiederConnector().ReadAsync(request, CancellationToken.None))
        {
            messages.Add(message);
        }

        return messages;
    }

    public static List<VoortgangRecord> Records(this IEnumerable<SourceMessage> messages) =>
        [.. messages.OfType<SourceRecord>().Select(r => r.Data).Cast<VoortgangRecord>()];

    public static SourceRejection SingleRejection(this IEnumerable<SourceMessage> messages) =>
        Assert.Single(messages.OfType<SourceRejection>());
}

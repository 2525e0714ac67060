using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Coa.Tests;

/// <summary>The manifest and <see cref="CoaConnector.CheckAsync"/>.</summary>
public sealed class ManifestAndCheckTests : IDisposable
{
    private readonly TestInbox _inbox = new();

    public void Dispose() => _inbox.Dispose();

    [Fact]
    public void Manifest_describes_the_connector()
    {
        var manifest = new CoaConnector().Manifest;

        Assert.Equal("coa", manifest.Name);
        Assert.Equal("1.0.0", manifest.Version);
        Assert.Equal(["koppelingen", "taakstelling"], manifest.Streams.Select(s => s.Name));
        Assert.All(manifest.Streams, s => Assert.Equal(StreamMode.FullSnapshot, s.Mode));
        Assert.Equal(["InboxPath", "ProcessedPath", "MoveProcessed"], manifest.Settings.Select(s => s.Key));
        Assert.True(manifest.Settings[0].Required);
        Assert.False(manifest.Settings[1].Required);
        Assert.Equal("true", manifest.Settings[2].Default);
    }

    [Fact]
    public async Task Check_fails_without_inbox_path()
    {
        var result = await new CoaConnector().CheckAsync(ConnectorSettings.Empty, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("InboxPath", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_fails_when_the_inbox_does_not_exist()
    {
        var missing = Path.Combine(_inbox.Path, "nope");
        var settings = new ConnectorSettings([new("InboxPath", missing)]);

        var result = await new CoaConnector().CheckAsync(settings, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(missing, result.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_fails_on_an_invalid_move_processed_value()
    {
        var settings = _inbox.Settings().With("MoveProcessed", "ja");

        var result = await new CoaConnector().CheckAsync(settings, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("MoveProcessed", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_succeeds_and_counts_waiting_files()
    {
        _inbox.Write("coa-koppelingen-20240105.csv", TestInbox.KoppelingHeader);
        _inbox.Write("coa-koppelingen-20240112.csv", TestInbox.KoppelingHeader);
        _inbox.Write("coa-taakstelling-20240105.csv", TestInbox.TaakstellingHeader);

        var result = await new CoaConnector().CheckAsync(_inbox.Settings(), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Contains("3 file(s) waiting (2 koppelingen, 1 taakstelling)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_of_an_unknown_stream_throws()
    {
        var request = new ReadRequest("personen", _inbox.Settings(), null);

        await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in new CoaConnector().ReadAsync(request, CancellationToken.None))
            {
            }
        });
    }
}

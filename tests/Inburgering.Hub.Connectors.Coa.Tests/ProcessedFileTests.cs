using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Coa.Tests;

/// <summary>Moving applied files to the processed folder, only once the engine has committed them.</summary>
public sealed class ProcessedFileTests : IDisposable
{
    private const string FileName = "coa-koppelingen-20240105.csv";
    private readonly TestInbox _inbox = new();

    public void Dispose() => _inbox.Dispose();

    [Fact]
    public async Task File_is_moved_only_after_document_completed_was_consumed()
    {
        _inbox.Write(FileName, TestInbox.KoppelingHeader, KoppelingRow.Good("K-1"));
        var request = new ReadRequest("koppelingen", _inbox.Settings(), null);

        await using var enumerator = new CoaConnector().ReadAsync(request, CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await enumerator.MoveNextAsync());
        Assert.IsType<DocumentStarted>(enumerator.Current);
        Assert.True(await enumerator.MoveNextAsync());
        Assert.IsType<SourceRecord>(enumerator.Current);
        Assert.True(await enumerator.MoveNextAsync());
        Assert.IsType<DocumentCompleted>(enumerator.Current);

        Assert.True(_inbox.InInbox(FileName));
        Assert.False(_inbox.InProcessed(FileName));

        Assert.False(await enumerator.MoveNextAsync());
        Assert.False(_inbox.InInbox(FileName));
        Assert.True(_inbox.InProcessed(FileName));
    }

    [Fact]
    public async Task Existing_file_in_processed_is_overwritten()
    {
        Directory.CreateDirectory(_inbox.ProcessedPath);
        await File.WriteAllTextAsync(Path.Combine(_inbox.ProcessedPath, FileName), "old");
        _inbox.Write(FileName, TestInbox.KoppelingHeader, KoppelingRow.Good("K-1"));

        await ConnectorRun.ReadAllAsync(_inbox);

        Assert.False(_inbox.InInbox(FileName));
        Assert.StartsWith("koppeling_id;", await File.ReadAllTextAsync(Path.Combine(_inbox.ProcessedPath, FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_stay_when_move_processed_is_false()
    {
        _inbox.Write(FileName, TestInbox.KoppelingHeader, KoppelingRow.Good("K-1"));

        await ConnectorRun.ReadAllAsync(_inbox, moveProcessed: false);

        Assert.True(_inbox.InInbox(FileName));
        Assert.False(Directory.Exists(_inbox.ProcessedPath));
    }

    [Fact]
    public async Task Processed_path_setting_is_used()
    {
        var processed = Path.Combine(_inbox.Path, "done", "coa");
        _inbox.Write(FileName, TestInbox.KoppelingHeader, KoppelingRow.Good("K-1"));
        var settings = _inbox.Settings().With("ProcessedPath", processed);

        await foreach (var _ in new CoaConnector().ReadAsync(new ReadRequest("koppelingen", settings, null), CancellationToken.None))
        {
        }

        Assert.True(File.Exists(Path.Combine(processed, FileName)));
    }

    [Fact]
    public async Task Only_files_of_the_requested_stream_are_read()
    {
        _inbox.Write(FileName, TestInbox.KoppelingHeader, KoppelingRow.Good("K-1"));
        _inbox.Write("coa-taakstelling-20240105.csv", TestInbox.TaakstellingHeader, "GM0405;2023-H1;27;40");
        _inbox.Write("coa-koppelingen-2024015.csv", TestInbox.KoppelingHeader);
        _inbox.Write("readme.txt", "hello");

        var messages = await ConnectorRun.ReadAllAsync(_inbox);

        Assert.Equal([FileName], messages.OfType<DocumentStarted>().Select(s => s.Name));
        Assert.True(_inbox.InInbox("coa-taakstelling-20240105.csv"));
    }
}

using System.Text;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Coa.Tests;

/// <summary>Files that cannot be read at all: reported, kept in the inbox, the next file still read.</summary>
public sealed class UnreadableDocumentTests : IDisposable
{
    private const string BadFile = "coa-koppelingen-20240105.csv";
    private const string NextFile = "coa-koppelingen-20240112.csv";
    private readonly TestInbox _inbox = new();

    public void Dispose() => _inbox.Dispose();

    public static TheoryData<byte[], string> UnreadableFiles => new()
    {
        { [], "empty" },
        { Encoding.ASCII.GetBytes("\r\n\r\n"), "empty" },
        { TestInbox.Windows1252.GetBytes("koppeling_id;bsn;v_nummer\r\nK-1;;1234567890\r\n"), "gemeente_code" },
        { TestInbox.Windows1252.GetBytes(TestInbox.KoppelingHeader.Replace("koppeldatum", "datum", StringComparison.Ordinal) + "\r\n"), "koppeldatum" },
        { TestInbox.Windows1252.GetBytes(TestInbox.KoppelingHeader + ";bsn\r\n"), "more than once" },
        { [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TestInbox.KoppelingHeader + "\r\n")], "byte-order mark" },
        { Encoding.Unicode.GetBytes(TestInbox.KoppelingHeader + "\r\n"), "Windows-1252" },
    };

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public async Task Unreadable_file_is_reported_and_stays_in_the_inbox(byte[] content, string problem)
    {
        _inbox.WriteBytes(BadFile, content);
        _inbox.Write(NextFile, TestInbox.KoppelingHeader, KoppelingRow.Good("K-1"));

        var messages = await ConnectorRun.ReadAllAsync(_inbox);

        Assert.Equal(BadFile, Assert.IsType<DocumentStarted>(messages[0]).Name);
        var unreadable = Assert.IsType<DocumentUnreadable>(messages[1]);
        Assert.Equal(ReasonCodes.UnreadableDocument, unreadable.ReasonCode);
        Assert.Contains(BadFile, unreadable.Message, StringComparison.Ordinal);
        Assert.Contains(problem, unreadable.Message, StringComparison.Ordinal);
        Assert.True(_inbox.InInbox(BadFile));
        Assert.False(_inbox.InProcessed(BadFile));

        Assert.Equal(NextFile, Assert.IsType<DocumentStarted>(messages[2]).Name);
        Assert.Single(messages.OfType<SourceRecord>());
        Assert.IsType<DocumentCompleted>(messages[^1]);
        Assert.True(_inbox.InProcessed(NextFile));
    }

    [Fact]
    public async Task Unreadable_file_yields_no_document_completed()
    {
        _inbox.Write(BadFile, "not;a;coa;file");

        var messages = await ConnectorRun.ReadAllAsync(_inbox);

        Assert.Collection(messages, m => Assert.IsType<DocumentStarted>(m), m => Assert.IsType<DocumentUnreadable>(m));
    }
}

using System.Text;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Testing;
using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Connectors.Taalaanbieder.Tests;

/// <summary>CSV is read as RFC 4180: a quoted field with a line break is one record, refused or loaded whole.</summary>
[Trait("Category", "Integration")]
public sealed class QuotedLineBreakTests : IAsyncLifetime
{
    private const string NlHeader =
        "\"student_id\",\"citizen_service_number\",\"municipality\",\"track\",\"start_date\",\"report_date\",\"state\",\"hours_offered\",\"hours_attended\",\"excused_absence\",\"unexcused_absence\",\"participation_hours\",\"reading\",\"listening\",\"writing\",\"speaking\",\"knm_done\",\"pvt_completed\"";

    private const string Rest = "\"GM0405\",\"B1\",\"2023-03-06\",\"2023-06-30\",\"ACTIVE\",\"180\",\"162.5\",\"6\",\"11.5\",\"\",\"B1\",\"B1\",\"A2\",\"B1\",\"true\",\"\"";

    private readonly TestInbox _inbox = new();
    private TestHub _hub = null!;

    public async Task InitializeAsync() =>
        _hub = await TestHub.StartAsync(new TaalaanbiederConnector(), _inbox.Settings(), FixtureGemeente.Westfriesland, Path.Combine(_inbox.Path, "hub.db"));

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _inbox.Dispose();
    }

    [Fact]
    public async Task The_connector_reads_a_quoted_line_break_as_one_record_with_its_line_range()
    {
        _inbox.Write("nltraining", "progress_2023-06.csv", new UTF8Encoding(false), bom: false, NlHeader, $"\"NL-7\r\nX\",\"900000041\",{Rest}", $"\"NL-8\",\"626018158\",{Rest}");

        var messages = await ConnectorRun.ReadAllAsync(_inbox, moveProcessed: false);

        var records = messages.OfType<SourceRecord>().ToList();
        Assert.Equal(["NLTRAINING:NL-7\r\nX:2023-06-30", "NLTRAINING:NL-8:2023-06-30"], records.Select(r => r.SourceId));
        Assert.EndsWith("progress_2023-06.csv:lines 2-3", records[0].Location, StringComparison.Ordinal);
        Assert.EndsWith(":line 4", records[1].Location, StringComparison.Ordinal);
        Assert.Empty(messages.OfType<SourceRejection>());
    }

    [Fact]
    public async Task The_engine_refuses_the_whole_record_and_stores_no_part_of_it()
    {
        _inbox.Write("nltraining", "progress_2023-06.csv", new UTF8Encoding(false), bom: false, NlHeader, $"\"NL-7\r\nX\",\"900000041\",{Rest}", $"\"NL-8\",\"626018158\",{Rest}");

        var run = await _hub.RunAsync();

        Assert.Equal(1, run.Quarantined);
        var quarantined = Assert.Single(await _hub.QuarantineAsync());
        Assert.Equal(ReasonCodes.InvalidValue, quarantined.ReasonCode);
        Assert.EndsWith("progress_2023-06.csv:lines 2-3", quarantined.Location, StringComparison.Ordinal);
        await using var db = _hub.System();
        var ids = await db.Set<Voortgangsmeting>().Select(m => m.SourceId).ToListAsync();
        Assert.Equal(["NLTRAINING:NL-8:2023-06-30"], ids);
        Assert.DoesNotContain(await db.Set<LeerrouteDeelname>().Select(d => d.SourceId).ToListAsync(), id => id.Contains('X', StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_quote_never_closed_refuses_the_rest_of_the_file_as_one_record()
    {
        _inbox.Write("nltraining", "progress_2023-06.csv", new UTF8Encoding(false), bom: false, NlHeader, $"\"NL-8\",\"626018158\",{Rest}", "\"NL-7\",\"900000041\",\"GM0405", "\"NL-9\",\"626018158");

        var messages = await ConnectorRun.ReadAllAsync(_inbox, moveProcessed: false);

        Assert.Equal(["NLTRAINING:NL-8:2023-06-30"], messages.OfType<SourceRecord>().Select(r => r.SourceId));
        var rejection = messages.SingleRejection();
        Assert.Equal(ReasonCodes.MalformedRecord, rejection.ReasonCode);
        Assert.Matches(@":lines 3-[45]$", rejection.Location);
        Assert.IsType<DocumentCompleted>(messages[^1]);
    }
}

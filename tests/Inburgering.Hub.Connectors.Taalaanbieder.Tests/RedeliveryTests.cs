using System.Text;
using Inburgering.Hub.Connectors.Testing;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Operational;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Connectors.Taalaanbieder.Tests;

/// <summary>Re-deliveries: files are recognised by name and SHA-256, not by a high-water mark on the name.</summary>
[Trait("Category", "Integration")]
public sealed class RedeliveryTests : IAsyncLifetime
{
    private const string FioletHeader =
        "Cursistnummer;BSN;Gemeente;Route;Startdatum;Peildatum;Status;Uren aangeboden;Uren aanwezig;Verzuim geoorloofd;Verzuim ongeoorloofd;Uren participatie;Lezen;Luisteren;Schrijven;Spreken;KNM;PVT afgerond";

    private readonly TestInbox _inbox = new();
    private TestHub _hub = null!;

    public async Task InitializeAsync() =>
        _hub = await TestHub.StartAsync(new TaalaanbiederConnector(), _inbox.Settings(), FixtureGemeente.Westfriesland, Path.Combine(_inbox.Path, "hub.db"));

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _inbox.Dispose();
    }

    private void Fiolet(string name, string peildatum, string uren) =>
        _inbox.Write("fiolet", name, new UTF8Encoding(false), bom: true, FioletHeader, $"F-9;626018158;GM0405;B1;06-03-2023;{peildatum};Lopend;{uren};{uren};0;0;;A1;A1;A1;A1;N;");

    [Fact]
    public async Task A_corrected_older_month_is_applied_and_a_byte_identical_one_is_skipped_and_reported()
    {
        Fiolet("voortgang-2023-05.csv", "31-05-2023", "100");
        Fiolet("voortgang-2023-06.csv", "30-06-2023", "150");
        await _hub.RunAsync();

        Fiolet("voortgang-2023-05.csv", "31-05-2023", "110"); // corrected, sorts before the last applied file
        var corrected = await _hub.RunAsync();
        Fiolet("voortgang-2023-05.csv", "31-05-2023", "110"); // the same bytes again
        var identical = await _hub.RunAsync();

        Assert.Equal(SyncRunStatus.Succeeded, corrected.Status);
        Assert.Equal(1, corrected.Updated);
        Assert.Equal((0, 0), (identical.Read, identical.Updated));
        await using var db = _hub.System();
        Assert.Equal(110m, (await db.Set<Voortgangsmeting>().SingleAsync(m => m.Peildatum == new DateOnly(2023, 5, 31))).UrenGevolgd);
        var skipped = await db.SyncRunEvents.SingleAsync(e => e.RunId == identical.Id);
        Assert.Equal(SyncRunEventKinds.SkippedRedelivery, skipped.Kind);
        Assert.Contains("fiolet/voortgang-2023-05.csv", skipped.Message, StringComparison.Ordinal);
        Assert.False(_inbox.InInbox("fiolet", "voortgang-2023-05.csv"));
    }
}

using System.Text;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Server.Tests.Support;
using Inburgering.Hub.Sync.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Reports;

/// <summary>
/// Issue 11, class 1, through the report: Fiolet's files for cursist F-9 (no einddatum column) —
/// <c>Lopend</c> on 31-05-2023, then <c>Afgerond</c> on 30-06-2023 with <c>PVT afgerond</c> 12-06-2023 —
/// of a statushouder of Hoorn make one finished B1 deelname that the 2023 report counts in
/// <c>leerroutesStatushouders[B1].afgerond</c> and in <c>pvtAfgerond</c>.
/// </summary>
[Trait("Category", "Integration")]
public sealed class FinishedLeerrouteReportTests(FinishedLeerrouteReportTests.Factory hub) : IClassFixture<FinishedLeerrouteReportTests.Factory>
{
    private const string Bsn = "626018158";

    [Fact]
    public async Task A_final_line_without_einddatum_counts_as_afgerond_and_its_pvt_in_the_2023_report()
    {
        using var client = hub.ClientFor(RegionFixture.Hoorn);

        var data = await client.DataAsync("""
            { voortgangsrapportage(van: "2023-01-01", tot: "2023-12-31", gemeenten: ["GM0405"]) {
                gemeenten { pvtAfgerond leerroutesStatushouders { leerroute gestart afgerond } } } }
            """);

        var hoorn = Assert.Single(data["voortgangsrapportage"]!["gemeenten"].Items());
        var b1 = hoorn["leerroutesStatushouders"].Items().Single(r => r["leerroute"].Str() == "B1");
        Assert.Equal(1, b1["gestart"]!.GetValue<int>());
        Assert.Equal(1, b1["afgerond"]!.GetValue<int>());
        Assert.Equal(1, hoorn["pvtAfgerond"]!.GetValue<int>());
        var deelnames = await client.DataAsync("{ leerrouteDeelnames { nodes { cursistId status einddatum } } }");
        Assert.Equal("""[{"cursistId":"F-9","status":"AFGEROND","einddatum":"2023-06-30"}]""", deelnames["leerrouteDeelnames"]!["nodes"]!.ToJsonString());
    }

    public sealed class Factory : HubFactory
    {
        private string Root => Path.GetDirectoryName(Inbox)!;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hub:Connectors:taalaanbieder:Settings:InboxPath", Path.Combine(Root, "taalaanbieders"));
            builder.UseSetting("Hub:Connectors:duo:Settings:InboxPath", Path.Combine(Root, "duo"));
        }

        protected override async Task SeedAsync()
        {
            // The kennisgeving that makes F-9 a WI2021 statushouder of Hoorn.
            Directory.CreateDirectory(Path.Combine(Root, "duo"));
            await File.WriteAllTextAsync(Path.Combine(Root, "duo", "duo-meldingen-20230215-001.xml"), $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <meldingenBatch xmlns="urn:duo:inburgering:meldingen:1" batchId="20230215-001" aangemaakt="2023-02-15T06:00:00+01:00">
                  <melding id="M-F9" soort="INBURGERINGSPLICHT_GESTART" datum="2023-02-14"><bsn>{Bsn}</bsn><gemeente>GM0405</gemeente><doelgroep>ASIELSTATUSHOUDER</doelgroep><wet>WI2021</wet><geboortejaar>1990</geboortejaar></melding>
                </meldingenBatch>
                """, new UTF8Encoding(false));

            var fiolet = Path.Combine(Root, "taalaanbieders", "fiolet");
            Directory.CreateDirectory(fiolet);
            const string Header = "Cursistnummer;BSN;Gemeente;Route;Startdatum;Peildatum;Status;Uren aangeboden;Uren aanwezig;Verzuim geoorloofd;Verzuim ongeoorloofd;Uren participatie;Lezen;Luisteren;Schrijven;Spreken;KNM;PVT afgerond";
            await File.WriteAllTextAsync(Path.Combine(fiolet, "voortgang-2023-05.csv"), $"{Header}\r\nF-9;{Bsn};GM0405;B1;06-03-2023;31-05-2023;Lopend;120;110;2;8;;A1;A1;A1;A1;N;\r\n", new UTF8Encoding(true));
            await File.WriteAllTextAsync(Path.Combine(fiolet, "voortgang-2023-06.csv"), $"{Header}\r\nF-9;{Bsn};GM0405;B1;06-03-2023;30-06-2023;Afgerond;180;162,5;6;11,5;;B1;B1;A2;B1;J;12-06-2023\r\n", new UTF8Encoding(true));

            var engine = Services.GetRequiredService<SyncEngine>();
            foreach (var connector in new[] { "duo", "taalaanbieder" })
            {
                var run = await engine.RunAsync(connector, SyncTrigger.Manual, CancellationToken.None);
                Assert.True(run.Status == SyncRunStatus.Succeeded, $"{connector}: {run.Status} {run.Error}");
            }
        }
    }
}

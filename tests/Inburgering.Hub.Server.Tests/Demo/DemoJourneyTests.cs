using Inburgering.Hub.Data;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Demo;

[Collection(DemoCollection.Name)]
[Trait("Category", "Integration")]
public sealed class DemoJourneyTests(DemoHubFactory hub)
{
    [Fact]
    public void Every_partner_connector_loaded_the_demo()
    {
        Assert.All(hub.Runs, r => Assert.True(r.Status is SyncRunStatus.Succeeded or SyncRunStatus.PartiallySucceeded, $"{r.Connector}: {r.Status} {r.Error}"));
        Assert.Contains(hub.Runs, r => r.Connector == "coa" && r.Inserted > 0 && r.Quarantined == 1 && r.Deleted > 0);
        Assert.Contains(hub.Runs, r => r.Connector == "duo" && r.Inserted > 0 && r.Quarantined == 1);
        Assert.Contains(hub.Runs, r => r.Connector == "taalaanbieder" && r.Inserted > 0);
        Assert.Contains(hub.Runs, r => r.Connector == "werksaam" && r.Inserted > 0);
    }

    [Fact]
    public async Task Finished_dropped_and_transferred_leerroutes_load_from_the_providers_files_without_einddatum()
    {
        var ended = hub.Region.Journeys.Where(j => j.TaalEinde is not null).ToList();
        await using var db = hub.Services.GetRequiredService<HubDbContextFactory>().CreateSystem();
        var deelnames = await db.LeerrouteDeelnames.Where(d => d.Status != DeelnameStatus.Lopend).ToListAsync();

        Assert.Equal(ended.Count, deelnames.Count);
        Assert.Contains(deelnames, d => d.Status == DeelnameStatus.Afgerond && d.Aanbieder == "FIOLET");
        Assert.Contains(deelnames, d => d.Status == DeelnameStatus.Afgerond && d.Aanbieder == "NLTRAINING");
        Assert.Contains(deelnames, d => d.Status == DeelnameStatus.Uitgevallen);
        Assert.Contains(deelnames, d => d.Status == DeelnameStatus.Overgestapt);
        Assert.All(deelnames, d => Assert.Equal(d.LaatstePeildatum, d.Einddatum));
        Assert.Equal(
            ended.Select(j => j.TaalEinde!.Value).Order(),
            deelnames.Select(d => d.Einddatum!.Value).Order());
        Assert.Equal(0, await db.QuarantineRecords.CountAsync(q => q.Connector == "taalaanbieder"));
    }

    [Fact]
    public async Task One_persons_journey_across_the_partners_in_a_single_query()
    {
        var journey = hub.Region.Journeys.First(j => j.IsStatushouder && j.Pvt is not null && j.Ontzorg is not null && j.Participatie.Count > 0);
        using var client = hub.ClientFor(journey.Gemeente);
        const string Query = """
            query($after: String) { inburgeraars(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes {
              id geboortejaar herkomstland gemeente { naam }
              plicht { doelgroep wet startdatum status termijnEinde gemeenteHistorie { van tot } bron { connector } }
              meldingen { soort datum }
              koppelingen { gezinsrol huisvestingsdatum bron { connector } }
              intakes { pipDagtekening leerroute bron { connector } }
              leerrouteDeelnames { aanbieder leerroute startdatum voortgangsmetingen { peildatum urenGevolgd } }
              pvts { afgerondOp }
              uitkeringen { ingangsdatum }
              ontzorgtrajecten { startdatum verlengdTot }
              participatie { soort startdatum }
            } } }
            """;

        var persons = new List<System.Text.Json.Nodes.JsonNode>();
        string? after = null;
        do
        {
            var page = (await client.DataAsync(Query, new { after }))["inburgeraars"]!;
            persons.AddRange(page["nodes"].Items());
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"].Str() : null;
        }
        while (after is not null);

        var person = persons.Single(p =>
            p["leerrouteDeelnames"].Items().Any(d => d["startdatum"].Str() == journey.TaalStart!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            && p["pvts"].Items().Any(v => v["afgerondOp"].Str() == journey.Pvt!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            && p["geboortejaar"]!.GetValue<int>() == journey.Geboortejaar);

        Assert.Equal("coa", person["koppelingen"].Items().Single()["bron"]!["connector"].Str());
        Assert.Equal("duo", person["plicht"]!["bron"]!["connector"].Str());
        Assert.Equal("ASIELSTATUSHOUDER", person["plicht"]!["doelgroep"].Str());
        Assert.Equal("WI2021", person["plicht"]!["wet"].Str());
        Assert.Contains(person["meldingen"].Items(), m => m["soort"].Str() == "INBURGERINGSPLICHT_GESTART");
        Assert.Equal(journey.Leerroute, person["intakes"].Items().Single()["leerroute"].Str());
        Assert.NotEmpty(person["leerrouteDeelnames"].Items().Single()["voortgangsmetingen"].Items());
        Assert.NotEmpty(person["uitkeringen"].Items());
        Assert.Single(person["ontzorgtrajecten"].Items());
        Assert.Equal(journey.Participatie.Count, person["participatie"].Items().Count);
    }
}

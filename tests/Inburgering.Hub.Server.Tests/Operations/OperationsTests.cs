using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Operations;

[Trait("Category", "Integration")]
public sealed class OperationsTests(OperationsHubFactory hub) : IClassFixture<OperationsHubFactory>
{
    [Fact]
    public async Task Connectors_lists_the_installed_connectors_with_streams_settings_and_last_run()
    {
        using var client = hub.ClientAs("beheerder", "GM0405");

        var data = await client.DataAsync("{ connectors { name version streams { name mode } settings { key value secret } lastRun { status connector } nextRun running } }");

        var coa = data["connectors"].Items().Single(c => c["name"].Str() == "coa");
        Assert.Equal("1.0.0", coa["version"].Str());
        Assert.Equal(["koppelingen", "taakstelling"], coa["streams"].Items().Select(s => s["name"].Str()));
        Assert.All(coa["streams"].Items(), s => Assert.Equal("FULL_SNAPSHOT", s["mode"].Str()));
        Assert.Contains(coa["settings"].Items(), s => s["key"].Str() == "InboxPath" && s["value"].Str() == hub.Inbox);
        Assert.Equal("PARTIALLY_SUCCEEDED", coa["lastRun"]!["status"].Str());
        Assert.Null(coa["nextRun"]);
    }

    [Fact]
    public async Task Quarantine_shows_masked_content_reason_and_location_of_the_callers_gemeente_only()
    {
        using var hoorn = hub.ClientAs("beheerder", "GM0405");
        using var enkhuizen = hub.ClientAs("beheerder", "GM0388");
        const string Query = "{ quarantine { totalCount nodes { id reasonCode message location content replayable bestand { name } } } }";

        var mine = await hoorn.DataAsync(Query);
        var theirs = await enkhuizen.DataAsync(Query);

        Assert.Equal(0, theirs["quarantine"]!["totalCount"]!.GetValue<int>());
        var rows = mine["quarantine"]!["nodes"].Items();
        Assert.Equal(["INVALID_BSN", "UNKNOWN_CODE"], rows.Select(r => r["reasonCode"].Str()).Order());
        Assert.All(rows, r => Assert.DoesNotContain("565845756", r.ToJsonString(), StringComparison.Ordinal));
        Assert.All(rows, r => Assert.StartsWith("coa-koppelingen-20240105.csv:line ", r["location"].Str(), StringComparison.Ordinal));
        Assert.False(rows.Single(r => r["reasonCode"].Str() == "INVALID_BSN")["replayable"]!.GetValue<bool>());
        Assert.True(rows.Single(r => r["reasonCode"].Str() == "UNKNOWN_CODE")["replayable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Replay_of_a_record_that_is_still_wrong_reports_why_and_discard_closes_it()
    {
        using var client = hub.ClientAs("beheerder", "GM0405");
        var rows = (await client.DataAsync("{ quarantine(reasonCode: \"UNKNOWN_CODE\") { nodes { id } } }"))["quarantine"]!["nodes"].Items();
        var id = rows.Single()["id"].Str();

        var replay = await client.DataAsync("mutation($ids: [ID!]!) { replayQuarantine(ids: $ids) { id succeeded message } }", new { ids = new[] { id } });
        var outcome = replay["replayQuarantine"].Items().Single();
        Assert.False(outcome["succeeded"]!.GetValue<bool>());
        Assert.Contains("UNKNOWN_CODE", outcome["message"].Str(), StringComparison.Ordinal);

        var discard = await client.DataAsync("mutation($ids: [ID!]!) { discardQuarantine(ids: $ids) { id succeeded } }", new { ids = new[] { id } });
        Assert.True(discard["discardQuarantine"].Items().Single()["succeeded"]!.GetValue<bool>());
        var open = await client.DataAsync("{ quarantine(reasonCode: \"UNKNOWN_CODE\") { totalCount } }");
        Assert.Equal(0, open["quarantine"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task StartSync_starts_a_run_that_syncRun_follows_to_its_end()
    {
        using var client = hub.ClientAs("beheerder", "GM0405");

        var started = await client.DataAsync("mutation { startSync(connector: \"coa\") { id status trigger } }");
        var id = started["startSync"]!["id"].Str();
        Assert.Equal("MANUAL", started["startSync"]!["trigger"].Str());

        JsonNode? run = null;
        for (var i = 0; i < 100 && run?["status"].Str() is null or "RUNNING"; i++)
        {
            await Task.Delay(100);
            run = (await client.DataAsync("query($id: ID!) { syncRun(id: $id) { status read inserted } }", new { id }))["syncRun"];
        }

        Assert.Equal("SUCCEEDED", run!["status"].Str());
        var history = await client.DataAsync("{ syncRuns(connector: \"coa\", first: 1) { nodes { id } } }");
        Assert.Equal(id, history["syncRuns"]!["nodes"].Items().Single()["id"].Str());
    }

    [Fact]
    public async Task StartSync_of_an_unknown_connector_is_a_clear_error()
    {
        using var client = hub.ClientAs("beheerder", "GM0405");

        var body = await client.QueryAsync("mutation { startSync(connector: \"nope\") { id } }");

        Assert.Equal(["UNKNOWN_CONNECTOR"], body.ErrorCodes());
    }

    [Fact]
    public async Task A_row_reaches_its_raw_record_file_and_run()
    {
        using var client = hub.ClientFor("GM0405");

        var data = await client.DataAsync("{ koppelingen { nodes { bron { bronId locatie ruwRecord bestand { name sha256 size } run { connector connectorVersion } } } } }");

        var bron = data["koppelingen"]!["nodes"].Items().Single()["bron"]!;
        Assert.Equal("K-1", bron["bronId"].Str());
        Assert.StartsWith("K-1;*********;", bron["ruwRecord"].Str(), StringComparison.Ordinal);
        Assert.Equal("coa-koppelingen-20240105.csv", bron["bestand"]!["name"].Str());
        Assert.Equal("1.0.0", bron["run"]!["connectorVersion"].Str());
    }
}

using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Operations;

/// <summary>
/// Quarantined records attributed to no gemeente the hub serves — an unknown gemeente
/// (<c>UNKNOWN_GEMEENTE</c>), an unreadable document — are seen, replayed and discarded by a hub-wide
/// operator (a <c>beheerder</c> whose claims cover every gemeente, e.g. <c>--regio Westfriesland</c>);
/// a gemeente's beheerder still sees only its own records, and the operator gets no other gemeente's.
/// </summary>
[Trait("Category", "Integration")]
public sealed class HubOperatorQuarantineTests(HubOperatorQuarantineTests.Factory hub) : IClassFixture<HubOperatorQuarantineTests.Factory>
{
    private const string Query = "{ quarantine { totalCount nodes { id gemeenteCode reasonCode location } } }";

    [Fact]
    public async Task The_hub_operator_sees_the_unattributed_records_and_nothing_of_a_gemeente()
    {
        using var operatorClient = hub.ClientForRegio("beheerder", ["Westfriesland"]);

        var rows = (await operatorClient.DataAsync(Query))["quarantine"]!["nodes"].Items();

        Assert.Equal(["UNKNOWN_GEMEENTE", "UNREADABLE"], rows.Select(r => r["reasonCode"].Str()).Order(StringComparer.Ordinal).Select(ReasonFamily));
        Assert.DoesNotContain(rows, r => r["gemeenteCode"]?.GetValue<string>() is "GM0405");
    }

    [Fact]
    public async Task A_gemeente_beheerder_sees_only_its_own_records()
    {
        using var hoorn = hub.ClientAs("beheerder", "GM0405");

        var rows = (await hoorn.DataAsync(Query))["quarantine"]!["nodes"].Items();

        Assert.Equal(["INVALID_BSN"], rows.Select(r => r["reasonCode"].Str()));
        Assert.All(rows, r => Assert.Equal("GM0405", r["gemeenteCode"].Str()));
    }

    [Fact]
    public async Task A_beheerder_whose_claims_do_not_cover_the_hub_is_no_operator()
    {
        using var hoornOnly = hub.ClientForRegio("beheerder", ["Elders"], "GM0405");

        var rows = (await hoornOnly.DataAsync(Query))["quarantine"]!["nodes"].Items();

        Assert.Equal(["INVALID_BSN"], rows.Select(r => r["reasonCode"].Str()));
    }

    [Fact]
    public async Task The_hub_operator_discards_an_unattributed_record_that_a_gemeente_beheerder_cannot_touch()
    {
        using var operatorClient = hub.ClientForRegio("beheerder", ["Westfriesland"]);
        using var hoorn = hub.ClientAs("beheerder", "GM0405");
        var unknown = (await operatorClient.DataAsync("{ quarantine(reasonCode: \"UNKNOWN_GEMEENTE\") { nodes { id } } }"))["quarantine"]!["nodes"].Items().Single()["id"].Str();
        const string Discard = "mutation($ids: [ID!]!) { discardQuarantine(ids: $ids) { id succeeded message } }";

        var refused = (await hoorn.DataAsync(Discard, new { ids = new[] { unknown } }))["discardQuarantine"].Items().Single();
        var replayed = (await operatorClient.DataAsync("mutation($ids: [ID!]!) { replayQuarantine(ids: $ids) { id succeeded message } }", new { ids = new[] { unknown } }))["replayQuarantine"].Items().Single();
        var discarded = (await operatorClient.DataAsync(Discard, new { ids = new[] { unknown } }))["discardQuarantine"].Items().Single();

        Assert.False(refused["succeeded"]!.GetValue<bool>());
        Assert.Contains("not yours to see", refused["message"].Str(), StringComparison.Ordinal);
        Assert.False(replayed["succeeded"]!.GetValue<bool>());
        Assert.Contains("UNKNOWN_GEMEENTE", replayed["message"].Str(), StringComparison.Ordinal);
        Assert.True(discarded["succeeded"]!.GetValue<bool>());
    }

    /// <summary>The reason of an unreadable document names what was wrong with it; the family is enough here.</summary>
    private static string ReasonFamily(string reason) => reason == "UNKNOWN_GEMEENTE" ? reason : "UNREADABLE";

    public sealed class Factory : HubFactory
    {
        protected override Task SeedAsync()
        {
            var bsns = CoaFiles.Bsns(3);
            CoaFiles.WriteKoppelingen(Inbox, "20240105",
            [
                CoaFiles.Koppeling("K-1", bsns[0], CoaFiles.VNummer(1), "GM0405"),
                CoaFiles.Koppeling("K-2", "565845756", CoaFiles.VNummer(2), "GM0405"),
                CoaFiles.Koppeling("K-3", bsns[1], CoaFiles.VNummer(3), "GM9999"),
            ]);
            CoaFiles.Write(Path.Combine(Inbox, "coa-koppelingen-20240106.csv"), ["this;is;not;the;header", "x;y"]);
            return IngestAsync();
        }
    }
}

using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;
using static Inburgering.Hub.Server.Tests.Support.RegionFixture;

namespace Inburgering.Hub.Server.Tests.Authorization;

/// <summary>
/// A caller sees person-level rows of its own gemeenten only, on every path: lists, counts,
/// lookups by id, nested relations in both directions (docs/authorization.md, rule 1).
/// </summary>
[Collection(RegionCollection.Name)]
[Trait("Category", "Integration")]
public sealed class CrossGemeenteIsolationTests(RegionFixture hub)
{
    private const string Persons = "{ inburgeraars(first: 200) { totalCount nodes { id gemeenteCode } } }";

    [Fact]
    public async Task Inburgeraars_list_and_totalCount_hold_only_own_gemeente()
    {
        using var client = hub.ClientFor(Hoorn);
        var page = (await client.DataAsync(Persons))["inburgeraars"]!;
        var nodes = page["nodes"].Items();
        Assert.Equal(HoornPersons, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(Hoorn, n["gemeenteCode"].Str()));
        Assert.Equal(HoornPersons, page["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Lookup_of_another_gemeentes_person_is_null()
    {
        var enkhuizenIds = await PersonIdsAsync(Enkhuizen);
        Assert.NotEmpty(enkhuizenIds);

        using var hoorn = hub.ClientFor(Hoorn);
        using var enkhuizen = hub.ClientFor(Enkhuizen);
        foreach (var id in enkhuizenIds)
        {
            const string Lookup = "query($id: ID!) { inburgeraar(id: $id) { id gemeenteCode } }";
            Assert.Null((await hoorn.DataAsync(Lookup, new { id }))["inburgeraar"]);
            Assert.Equal(id, (await enkhuizen.DataAsync(Lookup, new { id }))["inburgeraar"]!["id"].Str());
        }
    }

    [Fact]
    public async Task Koppelingen_hold_only_own_gemeente()
    {
        using var client = hub.ClientFor(Hoorn);
        var page = (await client.DataAsync("{ koppelingen(first: 200, metIngetrokken: true) { totalCount nodes { gemeenteCode bron { bronId } } } }"))["koppelingen"]!;
        var nodes = page["nodes"].Items();
        Assert.All(nodes, n => Assert.Equal(Hoorn, n["gemeenteCode"].Str()));
        Assert.Equal(KoppelingIds[Hoorn].Order(), nodes.Select(n => n["bron"]!["bronId"].Str()).Order());
        Assert.Equal(KoppelingIds[Hoorn].Length, page["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Nested_koppelingen_of_persons_hold_only_own_gemeente()
    {
        using var client = hub.ClientFor(Hoorn);
        var data = await client.DataAsync("{ inburgeraars(first: 200) { nodes { id koppelingen(metIngetrokken: true) { gemeenteCode bron { bronId } } } } }");
        var koppelingen = data["inburgeraars"]!["nodes"].Items().SelectMany(n => n["koppelingen"].Items()).ToList();
        Assert.All(koppelingen, k => Assert.Equal(Hoorn, k["gemeenteCode"].Str()));

        // The person who moved from Drechterland keeps its Drechterland koppeling hidden from Hoorn.
        Assert.Equal(KoppelingIds[Hoorn].Order(), koppelingen.Select(k => k["bron"]!["bronId"].Str()).Order());
    }

    [Theory]
    [InlineData(Hoorn)]
    [InlineData(Enkhuizen)]
    [InlineData(Drechterland)]
    public async Task Persons_of_koppelingen_are_never_of_another_gemeente(string gemeente)
    {
        var own = await PersonIdsAsync(gemeente);
        using var client = hub.ClientFor(gemeente);
        var data = await client.DataAsync("{ koppelingen(first: 200, metIngetrokken: true) { nodes { gemeenteCode inburgeraar { id gemeenteCode } } } }");
        var nodes = data["koppelingen"]!["nodes"].Items();
        Assert.NotEmpty(nodes);
        foreach (var person in nodes.Select(n => n["inburgeraar"]).OfType<JsonNode>())
        {
            Assert.Equal(gemeente, person["gemeenteCode"].Str());
            Assert.Contains(person["id"].Str(), own);
        }
    }

    [Fact]
    public async Task Koppeling_of_a_person_now_in_another_gemeente_shows_no_person()
    {
        using var client = hub.ClientFor(Drechterland);
        var data = await client.DataAsync("{ koppelingen(first: 200) { nodes { bron { bronId } inburgeraar { id } } } }");
        var moved = data["koppelingen"]!["nodes"].Items().Single(n => n["bron"]!["bronId"].Str() == "K-3003");
        Assert.Null(moved["inburgeraar"]);
    }

    [Fact]
    public async Task Taakstellingen_hold_only_own_gemeente()
    {
        using var client = hub.ClientFor(Hoorn);
        var page = (await client.DataAsync("{ taakstellingen(first: 200) { totalCount nodes { gemeenteCode periode } } }"))["taakstellingen"]!;
        var nodes = page["nodes"].Items();
        Assert.Equal(2, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(Hoorn, n["gemeenteCode"].Str()));
        Assert.Equal(2, page["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Token_without_gemeente_sees_nothing()
    {
        using var client = hub.ClientFor();
        var data = await client.DataAsync(
            """
            {
              inburgeraars(first: 200) { totalCount nodes { id } }
              koppelingen(first: 200, metIngetrokken: true) { totalCount nodes { id } }
              taakstellingen(first: 200) { totalCount nodes { id } }
            }
            """);
        foreach (var field in new[] { "inburgeraars", "koppelingen", "taakstellingen" })
        {
            Assert.Empty(data[field]!["nodes"].Items());
            Assert.Equal(0, data[field]!["totalCount"]!.GetValue<int>());
        }

        var anyPerson = (await PersonIdsAsync(Hoorn))[0];
        Assert.Null((await client.DataAsync("query($id: ID!) { inburgeraar(id: $id) { id } }", new { id = anyPerson }))["inburgeraar"]);
    }

    [Fact]
    public async Task Malformed_gemeente_claims_are_ignored()
    {
        using var client = hub.ClientFor("gm0405", "GM405", "*", "GM0405 OR 1=1");
        var page = (await client.DataAsync(Persons))["inburgeraars"]!;
        Assert.Empty(page["nodes"].Items());
        Assert.Equal(0, page["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Token_with_two_gemeenten_sees_both()
    {
        var hoorn = await PersonIdsAsync(Hoorn);
        var enkhuizen = await PersonIdsAsync(Enkhuizen);
        using var client = hub.ClientFor(Hoorn, Enkhuizen);
        var page = (await client.DataAsync(Persons))["inburgeraars"]!;
        var ids = page["nodes"].Items().Select(n => n["id"].Str()).ToList();
        Assert.Equal(hoorn.Concat(enkhuizen).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Equal(hoorn.Count + enkhuizen.Count, page["totalCount"]!.GetValue<int>());
        Assert.DoesNotContain(page["nodes"].Items(), n => n["gemeenteCode"].Str() == Drechterland);

        var koppelingen = (await client.DataAsync("{ koppelingen(first: 200) { nodes { gemeenteCode } } }"))["koppelingen"]!["nodes"].Items();
        Assert.Equal(KoppelingIds[Hoorn].Length + KoppelingIds[Enkhuizen].Length, koppelingen.Count);
    }

    private async Task<IReadOnlyList<string>> PersonIdsAsync(string gemeente)
    {
        using var client = hub.ClientFor(gemeente);
        var nodes = (await client.DataAsync(Persons))["inburgeraars"]!["nodes"].Items();
        Assert.All(nodes, n => Assert.Equal(gemeente, n["gemeenteCode"].Str()));
        return [.. nodes.Select(n => n["id"].Str())];
    }
}

using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Paging;

/// <summary>Forward keyset paging over <c>inburgeraars</c>.</summary>
[Collection(LargeRegionCollection.Name)]
[Trait("Category", "Integration")]
public sealed class PagingTests(LargeRegionFixture hub)
{
    private const string Page =
        "query($first: Int, $after: String) { inburgeraars(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }";

    [Fact]
    public async Task First_after_walks_every_person_once_in_id_order()
    {
        using var client = hub.ClientFor(RegionFixture.Hoorn);
        var all = (await client.DataAsync(Page, new { first = 200 }))["inburgeraars"]!;
        var expected = all["edges"].Items().Select(e => long.Parse(e["node"]!["id"].Str(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(LargeRegionFixture.HoornPersons, expected.Count);
        Assert.Equal(LargeRegionFixture.HoornPersons, all["totalCount"]!.GetValue<int>());
        Assert.False(all["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var walked = new List<long>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = (await client.DataAsync(Page, new { first = 17, after }))["inburgeraars"]!;
            pages++;
            var edges = page["edges"].Items();
            var info = page["pageInfo"]!;
            Assert.Equal(after is not null, info["hasPreviousPage"]!.GetValue<bool>());
            Assert.Equal(LargeRegionFixture.HoornPersons, page["totalCount"]!.GetValue<int>());
            Assert.Equal(edges[0]["cursor"].Str(), info["startCursor"].Str());
            Assert.Equal(edges[^1]["cursor"].Str(), info["endCursor"].Str());
            walked.AddRange(edges.Select(e => long.Parse(e["node"]!["id"].Str(), System.Globalization.CultureInfo.InvariantCulture)));
            if (!info["hasNextPage"]!.GetValue<bool>())
            {
                Assert.True(edges.Count <= 17);
                break;
            }

            Assert.Equal(17, edges.Count);
            after = info["endCursor"].Str();
            Assert.True(pages < 100, "paging does not end");
        }

        Assert.Equal((LargeRegionFixture.HoornPersons + 16) / 17, pages);
        Assert.Equal(expected, walked);
        Assert.Equal(walked.Order(), walked);
    }

    [Fact]
    public async Task Page_after_the_last_cursor_is_empty()
    {
        using var client = hub.ClientFor(RegionFixture.Hoorn);
        var all = (await client.DataAsync(Page, new { first = 200 }))["inburgeraars"]!;
        var last = all["pageInfo"]!["endCursor"].Str();
        var page = (await client.DataAsync(Page, new { first = 10, after = last }))["inburgeraars"]!;
        Assert.Empty(page["edges"].Items());
        Assert.False(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Null(page["pageInfo"]!["endCursor"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(201)] // over the medewerker cap (appsettings Hub:GraphQL:Limits:Roles:medewerker:MaxPageSize)
    [InlineData(10000)]
    public async Task Page_size_out_of_range_is_a_PAGE_SIZE_error(int first)
    {
        using var client = hub.ClientFor(RegionFixture.Hoorn);
        var body = await client.QueryAsync(Page, new { first });
        Assert.Contains("PAGE_SIZE", body.ErrorCodes());
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("aWQ6")] // "id:"
    [InlineData("eDoxMg==")] // "x:12"
    [InlineData("aWQ6LTE=")] // "id:-1"
    public async Task Invalid_cursor_is_an_INVALID_CURSOR_error(string after)
    {
        using var client = hub.ClientFor(RegionFixture.Hoorn);
        var body = await client.QueryAsync(Page, new { first = 10, after });
        Assert.Contains("INVALID_CURSOR", body.ErrorCodes());
    }

    [Fact]
    public async Task Koppelingen_page_walk_has_no_duplicates()
    {
        using var client = hub.ClientFor(RegionFixture.Hoorn);
        const string Query = "query($after: String) { koppelingen(first: 40, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }";
        var ids = new List<string>();
        string? after = null;
        do
        {
            var page = (await client.DataAsync(Query, new { after }))["koppelingen"]!;
            ids.AddRange(page["nodes"].Items().Select(n => n["id"].Str()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"].Str() : null;
        }
        while (after is not null);

        Assert.Equal(LargeRegionFixture.HoornPersons, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}

using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Querying;

/// <summary>
/// <c>totalCount</c> of a connection page: on the first page it is a window count beside the rows
/// (<c>COUNT(*) OVER ()</c>), after a cursor a scalar sub-query, on an empty page after a cursor a
/// statement of its own. Each form must give the number of nodes a walk over every page returns, for
/// the caller's own rows only, with and without relation filters, on every connection that pages with
/// it, on SQLite and on PostgreSQL (<c>HUB_TEST_POSTGRES</c>; skipped without it). The data are those of
/// <see cref="PageProvidersTests.Factory"/>: ten Hoorn and three Enkhuizen persons; Z-route deelnames of
/// Hoorn persons 0–5 (2023) and 6–7 (2022), and of persons 10 and 11 (Enkhuizen, 2023) and Hoorn person 9,
/// recorded for Enkhuizen.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PageCountTests(PageProvidersTests.Factory hub) : IClassFixture<PageProvidersTests.Factory>
{
    private const string ZRoute2023 = """{ leerrouteDeelnames: { some: { leerroute: { eq: Z }, startdatum: { gte: "2023-01-01", lte: "2023-12-31" } } } }""";

    [Fact]
    public Task Every_form_of_totalCount_counts_what_the_pages_return() => AssertCountsAsync(hub);

    [PostgresFact]
    public async Task Every_form_of_totalCount_counts_what_the_pages_return_on_PostgreSQL()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { Database = "hub_count_" + Guid.NewGuid().ToString("N") };
        await using var postgres = new OnPostgreSql(server.ConnectionString);
        await postgres.InitializeAsync();
        await AssertCountsAsync(postgres);
    }

    private static async Task AssertCountsAsync(PageProvidersTests.Factory hub)
    {
        using var hoorn = hub.ClientFor(RegionFixture.Hoorn);
        using var enkhuizen = hub.ClientFor(RegionFixture.Enkhuizen);

        // Persons without a filter: the caller's gemeente only.
        await AssertWalkAsync(hoorn, "inburgeraars", null, "geboortejaar", 10, [1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989]);
        await AssertWalkAsync(enkhuizen, "inburgeraars", null, "geboortejaar", 3, [1990, 1991, 1992]);

        // A scalar filter; one that asks for another gemeente's rows counts none of them.
        await AssertWalkAsync(hoorn, "inburgeraars", "{ geboortejaar: { gte: 1987 } }", "geboortejaar", 3, [1987, 1988, 1989]);
        await AssertWalkAsync(hoorn, "inburgeraars", """{ gemeenteCode: { eq: "GM0388" } }""", "geboortejaar", 0, []);
        await AssertWalkAsync(hoorn, "inburgeraars", """{ gemeenteCode: { eq: "GM0405" } }""", "geboortejaar", 10, [1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989]);

        // some: the semi-join. Hoorn's own deelnames only (person 9's is Enkhuizen's), and the reverse for Enkhuizen.
        await AssertWalkAsync(hoorn, "inburgeraars", ZRoute2023, "geboortejaar", 6, [1980, 1981, 1982, 1983, 1984, 1985]);
        await AssertWalkAsync(enkhuizen, "inburgeraars", ZRoute2023, "geboortejaar", 2, [1990, 1991]);
        await AssertWalkAsync(
            hoorn, "inburgeraars", """{ gemeenteCode: { eq: "GM0405" }, leerrouteDeelnames: { some: { leerroute: { eq: Z }, startdatum: { lt: "2023-01-01" } } } }""", "geboortejaar", 2, [1986, 1987]);
        await AssertWalkAsync(hoorn, "inburgeraars", """{ leerrouteDeelnames: { some: { startdatum: { gte: "2024-01-01" } } } }""", "geboortejaar", 0, []);

        // none and all: correlated NOT EXISTS (person 9's Enkhuizen deelname is not Hoorn's: none holds for it).
        await AssertWalkAsync(hoorn, "inburgeraars", """{ leerrouteDeelnames: { none: { startdatum: { gte: "2023-01-01" } } } }""", "geboortejaar", 4, [1986, 1987, 1988, 1989]);
        await AssertWalkAsync(hoorn, "inburgeraars", """{ leerrouteDeelnames: { all: { leerroute: { eq: Z } } } }""", "geboortejaar", 10, [1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989]);

        // Other connections that page the same way.
        await AssertWalkAsync(hoorn, "koppelingen", null, "id", 10, null);
        await AssertWalkAsync(enkhuizen, "koppelingen", null, "id", 3, null);
        await AssertWalkAsync(hoorn, "leerrouteDeelnames", null, "id", 8, null);
        await AssertWalkAsync(hoorn, "leerrouteDeelnames", """{ startdatum: { gte: "2023-01-01" } }""", "id", 6, null);
        await AssertWalkAsync(enkhuizen, "leerrouteDeelnames", null, "id", 3, null);
        await AssertWalkAsync(enkhuizen, "leerrouteDeelnames", """{ inburgeraar: { gemeenteCode: { eq: "GM0405" } } }""", "id", 0, null);

        // A sort key that is null for some rows (Hoorn persons 6–9 have no huisvestingsdatum): PostgreSQL orders
        // nulls last ascending where the cursor takes them as lowest; the pages must still return every row once.
        await AssertWalkAsync(hoorn, "koppelingen", null, "huisvestingsdatum", 10, null, "ASC");
        await AssertWalkAsync(hoorn, "koppelingen", null, "huisvestingsdatum", 10, null, "DESC");
        await AssertWalkAsync(hoorn, "koppelingen", """{ huisvestingsdatum: { gte: "2024-01-01" } }""", "huisvestingsdatum", 6, null, "DESC");
    }

    /// <summary>
    /// Walks <paramref name="connection"/> two nodes at a time (and again at 50, one page): every page's
    /// <c>totalCount</c> is <paramref name="total"/>, the pages together return that many distinct nodes,
    /// in the order of <paramref name="expected"/> when given, and the page after the last is empty and
    /// still counts <paramref name="total"/>.
    /// </summary>
    private static async Task AssertWalkAsync(HttpClient client, string connection, string? where, string field, int total, int[]? expected, string direction = "ASC")
    {
        var order = field == "id" ? "" : $", order: [{{ {field}: {direction} }}]";
        var filter = where is null ? "" : $", where: {where}";
        var query = $$"""
            query($first: Int!, $after: String) {
              {{connection}}(first: $first, after: $after{{order}}{{filter}}) { totalCount pageInfo { hasNextPage endCursor } nodes { id {{(field == "id" ? "" : field)}} } }
            }
            """;

        var whole = (await client.DataAsync(query, new { first = 50, after = (string?)null }))[connection]!;
        Assert.Equal(total, whole["totalCount"]!.GetValue<int>());
        Assert.Equal(total, whole["nodes"].Items().Count);

        var seen = new List<JsonNode>();
        string? after = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages <= total, $"{connection}: more pages than nodes");
            var page = (await client.DataAsync(query, new { first = 2, after }))[connection]!;
            Assert.Equal(total, page["totalCount"]!.GetValue<int>());
            var nodes = page["nodes"].Items();
            seen.AddRange(nodes);
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                Assert.Equal(total == 0 ? 0 : (total - 1) % 2 + 1, nodes.Count);
                after = page["pageInfo"]!["endCursor"]?.GetValue<string>();
                break;
            }

            Assert.Equal(2, nodes.Count);
            after = page["pageInfo"]!["endCursor"]?.GetValue<string>();
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Select(n => n["id"].Str()).Distinct().Count());
        Assert.Equal(whole["nodes"].Items().Select(n => n["id"].Str()), seen.Select(n => n["id"].Str()));
        if (expected is not null)
        {
            Assert.Equal(expected, seen.Select(n => n[field]!.GetValue<int>()));
        }

        if (after is not null)
        {
            var beyond = (await client.DataAsync(query, new { first = 2, after }))[connection]!;
            Assert.Empty(beyond["nodes"].Items());
            Assert.Equal(total, beyond["totalCount"]!.GetValue<int>());
        }
    }

    private sealed class OnPostgreSql(string connectionString) : PageProvidersTests.Factory
    {
        protected override string? Postgres => connectionString;
    }
}

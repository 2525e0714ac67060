using Inburgering.Hub.Server.Tests.Support;
using Xunit.Abstractions;

namespace Inburgering.Hub.Server.Tests.Performance;

/// <summary>Nested relations load in batches: the number of SQL statements does not grow with the page size.</summary>
[Collection(LargeRegionCollection.Name)]
[Trait("Category", "Integration")]
public sealed class StatementCountTests(LargeRegionFixture hub, ITestOutputHelper output)
{
    private const string Query =
        """
        query($first: Int!) {
          inburgeraars(first: $first) {
            totalCount
            nodes {
              id
              gemeente { naam }
              koppelingen { koppeldatum bron { bestand { name } } inburgeraar { id } }
            }
          }
        }
        """;

    [Fact]
    public async Task Statement_count_is_constant_in_page_size()
    {
        using var client = hub.ClientFor(RegionFixture.Hoorn);
        await client.DataAsync(Query, new { first = 1 }); // warm-up: model and query compilation

        var counts = new Dictionary<int, int>();
        foreach (var first in new[] { 5, 50, 100 })
        {
            hub.Statements.Reset();
            var data = await client.DataAsync(Query, new { first });
            counts[first] = hub.Statements.Count;

            var nodes = data["inburgeraars"]!["nodes"].Items();
            Assert.Equal(first, nodes.Count);
            Assert.All(nodes, n => Assert.Equal("Hoorn", n["gemeente"]!["naam"].Str()));
            Assert.All(nodes, n => Assert.Equal(n["id"].Str(), Assert.Single(n["koppelingen"].Items())["inburgeraar"]!["id"].Str()));
        }

        var summary = string.Join(", ", counts.Select(c => $"first {c.Key}: {c.Value}"));
        output.WriteLine("SQL statements per request: " + summary);
        Assert.True(counts.Values.Distinct().Count() == 1, "Statement count depends on the page size (N+1): " + summary);
        Assert.True(counts[5] <= 8, "Too many statements for one request: " + summary);
    }
}

using Inburgering.Hub.Server.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace Inburgering.Hub.Server.Tests.Snapshots;

/// <summary>
/// A representative query over the fixed region, per caller. Ids and run ids are deterministic on a
/// fresh store; file hashes, content hashes and receive times are not selected.
/// </summary>
[Collection(RegionCollection.Name)]
[Trait("Category", "Integration")]
public sealed class RegionQuerySnapshotTests(RegionFixture hub)
{
    private const string Query =
        """
        query Region {
          gemeenten { code naam regio }
          inburgeraars(first: 10) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges {
              cursor
              node {
                id geboortejaar herkomstland gemeenteCode
                gemeente { naam }
                koppelingen {
                  id gemeenteCode koppeldatum huisvestingsdatum taakstellingPeriode gezinId gezinsrol
                  nareiziger voorinburgering status ingetrokken
                  bron { connector stream bronId locatie eersteRun laatstGewijzigdRun bestand { id connector stream name size runId } }
                }
              }
            }
          }
          koppelingen(first: 10) { totalCount nodes { bron { bronId } gemeenteCode inburgeraar { id } } }
          taakstellingen(first: 10) { totalCount nodes { gemeenteCode periode taakstelling gerealiseerd bron { bronId bestand { name } } } }
        }
        """;

    [Fact]
    public async Task Region_query_per_caller()
    {
        var result = new JObject();
        foreach (var gemeente in new[] { RegionFixture.Hoorn, RegionFixture.Drechterland })
        {
            using var client = hub.ClientFor(gemeente);
            var data = await client.DataAsync(Query);
            result[gemeente] = JsonConvert.DeserializeObject<JToken>(
                data.ToJsonString(),
                new JsonSerializerSettings { DateParseHandling = DateParseHandling.None });
        }

        Snapshot.Match(result);
    }
}

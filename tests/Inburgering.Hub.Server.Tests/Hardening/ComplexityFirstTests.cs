using System.Net;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Limits;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Hardening;

/// <summary>Depth and cost are checked alone, before the other validation rules: a costly document gets only <c>COMPLEXITY</c>.</summary>
[Trait("Category", "Integration")]
public sealed class ComplexityFirstTests(TightLimitsHubFactory hub) : IClassFixture<TightLimitsHubFactory>
{
    [Fact]
    public async Task A_costly_document_is_refused_on_its_cost_before_the_other_rules_look_at_it()
    {
        using var client = hub.ClientFor("GM0405");

        // Over the cost limit (2000) and with two fields under one name (which the overlapping-fields
        // rule, quadratic in the selections, would report): only the cost is reported.
        using var response = await client.PostQueryAsync("{ inburgeraars(first: 500) { nodes { id x: id x: geboortejaar koppelingen { koppeldatum status } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["COMPLEXITY"], body.ErrorCodes());
    }

    [Fact]
    public async Task A_cheap_document_with_an_unknown_field_gets_the_usual_validation_error()
    {
        using var client = hub.ClientFor("GM0405");

        using var response = await client.PostQueryAsync("{ inburgeraars(first: 5) { nodes { id bestaatNiet } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.DoesNotContain("COMPLEXITY", body.ErrorCodes());
        Assert.NotEmpty(body.ErrorCodes());
    }
}

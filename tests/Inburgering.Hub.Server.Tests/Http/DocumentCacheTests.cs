using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GraphQLParser.AST;
using Inburgering.Hub.GraphQL.Http;
using Inburgering.Hub.Server.Tests.Limits;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Http;

/// <summary>
/// The endpoint's <see cref="DocumentCache"/>: a document is read and validated once per text, but what
/// depends on the caller or the request is checked on every request: the role of each field, the caller's
/// depth and cost limits, the page size and the variables; and each caller's rows stay its own. Every
/// test asks with a text of its own, so the order the tests run in does not matter.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DocumentCacheTests(RoleLimitsHubFactory hub) : IClassFixture<RoleLimitsHubFactory>
{
    private DocumentCache Cache => hub.Services.GetRequiredService<DocumentCache>();

    [Fact]
    public async Task A_validated_document_is_still_refused_to_a_caller_without_the_role_of_its_field()
    {
        const string Query = "query AuditCache { auditLog(first: 3) { nodes { id outcome } } }";
        using var auditor = hub.ClientAs("auditor", RegionFixture.Hoorn);
        using var medewerker = hub.ClientAs("medewerker", RegionFixture.Hoorn);

        await auditor.DataAsync(Query);
        Assert.True(Validated(Query));
        using var refused = await medewerker.PostQueryAsync(Query);
        var again = await auditor.DataAsync(Query);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal([RoleAuthorizationCode], JsonNode.Parse(await refused.Content.ReadAsStringAsync())!.ErrorCodes());
        Assert.NotNull(again["auditLog"]!["nodes"]);
    }

    [Fact]
    public async Task A_validated_document_is_still_refused_to_a_caller_whose_cost_limit_it_exceeds()
    {
        // Cost over the medewerker's 40 at a page of 50 (three fields a node), within the analist's 100,000.
        const string Query = "query CostCache { taakstellingen(first: 50) { nodes { id periode taakstelling } } }";
        using var analist = hub.ClientAs("analist", RegionFixture.Hoorn);
        using var medewerker = hub.ClientAs("medewerker", RegionFixture.Hoorn);

        var allowed = await analist.DataAsync(Query);
        Assert.True(Validated(Query));
        using var refused = await medewerker.PostQueryAsync(Query);

        Assert.Equal(2, allowed["taakstellingen"]!["nodes"].Items().Count); // Hoorn's two periods
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal(["COMPLEXITY"], body.ErrorCodes());
        Assert.Contains($"{RoleLimitsHubFactory.MedewerkerMaxComplexity}", body["errors"]![0]!["message"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_variables_of_each_request_are_checked_against_the_callers_limits()
    {
        const string Query = "query VariablesCache($n: Int!) { taakstellingen(first: $n) { nodes { id } } }";
        using var medewerker = hub.ClientAs("medewerker", RegionFixture.Hoorn);

        var small = await medewerker.DataAsync(Query, new { n = 2 });
        Assert.True(Validated(Query));
        var overCap = await medewerker.QueryAsync(Query, new { n = RoleLimitsHubFactory.MedewerkerMaxPageSize + 1 });
        using var overCost = await medewerker.PostQueryAsync(Query, new { n = 50 });
        using var missing = await medewerker.PostQueryAsync(Query);

        Assert.Equal(2, small["taakstellingen"]!["nodes"].Items().Count);
        Assert.Equal(["PAGE_SIZE"], overCap.ErrorCodes());
        Assert.Equal(["COMPLEXITY"], JsonNode.Parse(await overCost.Content.ReadAsStringAsync())!.ErrorCodes());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.NotEmpty(JsonNode.Parse(await missing.Content.ReadAsStringAsync())!["errors"].Items());
    }

    [Fact]
    public async Task The_same_document_answers_each_caller_with_its_own_rows()
    {
        const string Query = "query RowsCache { taakstellingen(first: 5) { nodes { gemeenteCode periode } } }";
        using var hoorn = hub.ClientAs("medewerker", RegionFixture.Hoorn);
        using var enkhuizen = hub.ClientAs("medewerker", RegionFixture.Enkhuizen);

        var ofHoorn = await hoorn.DataAsync(Query);
        var ofEnkhuizen = await enkhuizen.DataAsync(Query);
        var ofHoornAgain = await hoorn.DataAsync(Query);

        Assert.Equal([RegionFixture.Hoorn, RegionFixture.Hoorn], Codes(ofHoorn));
        Assert.Equal([RegionFixture.Enkhuizen, RegionFixture.Enkhuizen], Codes(ofEnkhuizen));
        Assert.Equal(Codes(ofHoorn), Codes(ofHoornAgain));
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_never_marked_validated_and_fails_each_time()
    {
        const string Query = "query InvalidCache { taakstellingen(first: 2) { nodes { nietBestaand } } }";
        using var analist = hub.ClientAs("analist", RegionFixture.Hoorn);

        using var first = await analist.PostQueryAsync(Query);
        using var second = await analist.PostQueryAsync(Query);

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.False(Validated(Query));
    }

    [Fact]
    public async Task Each_operation_of_a_document_is_marked_validated_on_its_own()
    {
        const string Query = "query EersteOperatie { taakstellingen(first: 2) { nodes { id } } } query TweedeOperatie { taakstellingen(first: 2) { nodes { periode } } }";
        const string WithInvalid = "query GeldigeOperatie { taakstellingen(first: 2) { nodes { id } } } query OngeldigeOperatie { taakstellingen(first: 2) { nodes { nietBestaand } } }";
        using var analist = hub.ClientAs("analist", RegionFixture.Hoorn);

        using var first = await analist.PostAsJsonAsync("/graphql", new { query = Query, operationName = "EersteOperatie" });
        var afterFirst = (Validated(Query, "EersteOperatie"), Validated(Query, "TweedeOperatie"));
        using var second = await analist.PostAsJsonAsync("/graphql", new { query = Query, operationName = "TweedeOperatie" });
        using var valid = await analist.PostAsJsonAsync("/graphql", new { query = WithInvalid, operationName = "GeldigeOperatie" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((true, false), afterFirst);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(Validated(Query, "TweedeOperatie"));
        // GraphQL validates the whole document: the valid operation of a document with an invalid one is refused too, and never marked.
        Assert.Equal(HttpStatusCode.BadRequest, valid.StatusCode);
        Assert.Contains("nietBestaand", JsonNode.Parse(await valid.Content.ReadAsStringAsync())!["errors"]![0]!["message"].Str(), StringComparison.Ordinal);
        Assert.False(Validated(WithInvalid, "GeldigeOperatie"));
    }

    [Fact]
    public void The_cache_keeps_refusals_and_validated_documents_only_and_stays_within_its_bounds()
    {
        var cache = new DocumentCache(new GraphQLLimits());
        var deep = "{ a " + string.Concat(Enumerable.Repeat("{ a ", 100)) + string.Concat(Enumerable.Repeat("} ", 101));

        var refused = cache.Get(deep);
        var broken = cache.Get("{ a { b }");
        var parsed = cache.Get("{ nooitGeldig }");

        Assert.Contains("MaxNesting", refused.Check.Refusal, StringComparison.Ordinal);
        Assert.Same(refused, cache.Get(deep));
        Assert.Same(DocumentCheck.SyntaxError, broken.Check);
        Assert.NotNull(parsed.Check.Document);
        Assert.NotSame(parsed, cache.Get("{ nooitGeldig }")); // parsed, never validated: not kept
        Assert.Equal(1, cache.Count);

        for (var i = 0; i < DocumentCache.MaxEntries + 10; i++)
        {
            var text = $"{{ a{i} }}";
            var entry = cache.Get(text);
            cache.MarkValidated(text, entry, entry.Check.Document!.Definitions.OfType<GraphQLOperationDefinition>().Single());
        }

        Assert.InRange(cache.Count, 1, DocumentCache.MaxEntries);
        var last = $"{{ a{DocumentCache.MaxEntries + 9} }}";
        Assert.Same(cache.Get(last), cache.Get(last));
        Assert.True(cache.Get(last).IsValidated(cache.Get(last).Check.Document!.Definitions.OfType<GraphQLOperationDefinition>().Single()));
    }

    private const string RoleAuthorizationCode = "FORBIDDEN";

    private bool Validated(string query, string? operationName = null) =>
        Cache.Get(query).IsValidated(Cache.Get(query).Check.Document!.Definitions.OfType<GraphQLOperationDefinition>()
            .First(o => operationName is null || o.Name?.StringValue == operationName));

    private static List<string> Codes(JsonNode data) =>
        [.. data["taakstellingen"]!["nodes"].Items().Select(n => n["gemeenteCode"].Str())];
}

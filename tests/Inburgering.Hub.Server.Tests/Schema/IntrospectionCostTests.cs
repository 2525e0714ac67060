using System.Net;
using System.Security.Claims;
using System.Text.Json.Nodes;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Inburgering.Hub.GraphQL;
using Inburgering.Hub.GraphQL.Http;
using Inburgering.Hub.Reporting.Authorization;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Inburgering.Hub.Server.Tests.Schema;

/// <summary>
/// The introspection query every standard client sends (graphql-js 17.1.0 <c>getIntrospectionQuery</c>,
/// without options and with all of them; the CI client harness checks these files against graphql-js)
/// costs what the schema holds, under every role's limit, and answers; introspection in a request with
/// data does not make the data cheaper; a query that multiplies introspection levels still pays.
/// </summary>
[Trait("Category", "Integration")]
public sealed class IntrospectionCostTests(HubFactory hub, ITestOutputHelper output) : IClassFixture<HubFactory>
{
    private static readonly string IntrospectionFolder = Path.Combine(RepoPaths.Root, "tests", "Inburgering.Hub.Server.Tests", "Schema", "Introspection");

    public static TheoryData<string, string> RolesAndQueries()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in HubRoles.All.Order(StringComparer.Ordinal))
        {
            data.Add(role, "standard.graphql");
            data.Add(role, "all-options.graphql");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesAndQueries))]
    public async Task The_standard_introspection_query_costs_less_than_the_roles_limit(string role, string file)
    {
        var limits = hub.Services.GetRequiredService<CallerLimitsPolicy>().For(Caller(role));

        var (cost, depth) = await AnalyseAsync(await QueryAsync(file), limits);
        output.WriteLine($"{role}, {file}: cost {cost:0} (limit {limits.MaxComplexity}), depth {depth} (limit {limits.MaxDepth})");

        Assert.InRange(cost, 1, limits.MaxComplexity);
        Assert.InRange(depth, 1, limits.MaxDepth);
    }

    [Fact]
    public async Task The_standard_query_costs_about_the_number_of_values_it_returns()
    {
        var limits = hub.Services.GetRequiredService<CallerLimitsPolicy>().Global;
        var (cost, _) = await AnalyseAsync(await QueryAsync("all-options.graphql"), limits);
        using var client = hub.ClientAs(HubRoles.Medewerker, RegionFixture.Hoorn);

        var values = CountValues(await client.DataAsync(await QueryAsync("all-options.graphql")));
        output.WriteLine($"standard introspection query with all options: cost {cost:0}, {values} values answered");

        // Every value returned is counted; what is counted beyond that is the nine ofType levels of the
        // type references, of which the schema uses at most three.
        Assert.InRange(cost, values, values * 3);
    }

    [Theory]
    [MemberData(nameof(RolesAndQueries))]
    public async Task Every_role_loads_the_schema_with_the_standard_query(string role, string file)
    {
        using var client = hub.ClientAs(role, RegionFixture.Hoorn);

        var data = await client.DataAsync(await QueryAsync(file));

        var types = data["__schema"]!["types"].Items();
        Assert.Contains(types, t => t["name"].Str() == "Inburgeraar");
    }

    [Fact]
    public async Task Data_beside_introspection_still_pays_for_itself()
    {
        var limits = hub.Services.GetRequiredService<CallerLimitsPolicy>().Global;
        const string Data = "{ taakstellingen(first: 100) { nodes { id periode taakstelling gerealiseerd } } }";
        const string Introspection = "{ __schema { types { name fields { name } } } }";
        const string Both = "{ taakstellingen(first: 100) { nodes { id periode taakstelling gerealiseerd } } __schema { types { name fields { name } } } }";

        var (data, _) = await AnalyseAsync(Data, limits);
        var (introspection, _) = await AnalyseAsync(Introspection, limits);
        var (both, _) = await AnalyseAsync(Both, limits);

        Assert.Equal(data + introspection, both, 6);
        Assert.True(data >= 400, $"the data part costs {data}");
    }

    [Fact]
    public async Task Nested_introspection_pays_for_every_level_it_multiplies()
    {
        // Through __type every list is priced at the longest of its kind in the schema, so five levels of
        // fields of field types multiply past the limit, although the schema has only some hundred types.
        const string Nested = "{ __type(name: \"Query\") { fields { type { ofType { fields { type { ofType { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } } } } } } } }";
        using var client = hub.ClientAs(HubRoles.Analist, RegionFixture.Hoorn);

        using var response = await client.PostQueryAsync(Nested);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body.ErrorCodes() is ["COMPLEXITY"], body.ToJsonString());
    }

    private static Task<string> QueryAsync(string file) => File.ReadAllTextAsync(Path.Combine(IntrospectionFolder, file));

    private static ClaimsPrincipal Caller(string role) =>
        new(new ClaimsIdentity([new Claim("role", role)], "test", "sub", "role"));

    /// <summary>The cost and depth the hub's complexity rule computes for <paramref name="query"/>, with no limit enforced.</summary>
    private async Task<(double Cost, int Depth)> AnalyseAsync(string query, EffectiveLimits limits)
    {
        var schema = hub.Services.GetRequiredService<HubSchema>();
        schema.Initialize();
        var document = GraphQLParser.Parser.Parse(query);
        double cost = -1;
        var depth = -1;
        var options = CallerComplexityRule.Options(limits);
        options.MaxComplexity = null;
        options.MaxDepth = null;
        options.ValidateComplexityDelegate = context =>
        {
            cost = context.TotalImpact;
            depth = context.MaxDepth;
            return Task.CompletedTask;
        };

        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = [.. DocumentValidator.CoreRules, new ComplexityValidationRule(options)],
            Variables = global::GraphQL.Inputs.Empty,
            Extensions = global::GraphQL.Inputs.Empty,
            RequestServices = hub.Services,
            Metrics = global::GraphQL.Instrumentation.Metrics.None,
        });

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        return (cost, depth);
    }

    /// <summary>The number of fields answered: every property of every object in <paramref name="node"/>.</summary>
    private static int CountValues(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(p => 1 + CountValues(p.Value)),
        JsonArray a => a.Sum(CountValues),
        _ => 0,
    };
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Hardening;

/// <summary>
/// The default limits (document size, cost, argument caps, rate) fit every operation of every file in
/// <c>schema/examples</c>, run through the endpoint with the least role that may ask it.
/// </summary>
public sealed class ExamplesWithinLimitsTests(HubFactory hub) : IClassFixture<HubFactory>
{
    public static TheoryData<string, string> Operations()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "schema", "examples"), "*.graphql"))
        {
            var document = GraphQLParser.Parser.Parse(File.ReadAllText(file));
            foreach (var operation in document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>())
            {
                data.Add(Path.GetFileName(file), operation.Name!.StringValue);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_example_operation_runs_within_the_default_limits(string file, string operation)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "schema", "examples", file));
        var clients = new Func<HttpClient>[]
        {
            () => hub.ClientAs("medewerker", RegionFixture.Hoorn),
            () => hub.ClientForRegio("analist", ["Westfriesland"], RegionFixture.Hoorn),
            () => hub.ClientAs("beheerder", RegionFixture.Hoorn),
        };
        JsonNode? body = null;
        foreach (var create in clients)
        {
            using var client = create();
            using var response = await client.PostAsJsonAsync("/graphql", new { query, operationName = operation, variables = new { id = "1" } });
            body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            if (!body.ErrorCodes().Contains("FORBIDDEN"))
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file} {operation}: {(int)response.StatusCode} {body.ToJsonString()}");
                return;
            }
        }

        Assert.Fail($"{file} {operation}: forbidden for every role: {body?.ToJsonString()}");
    }
}

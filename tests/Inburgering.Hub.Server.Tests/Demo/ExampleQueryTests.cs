using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphQLParser.AST;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Demo;

/// <summary>
/// Every file in <c>schema/examples</c> runs as it stands against the demo region: one operation per
/// file, a <c># Token:</c> line with the <c>token</c> verb's claims it needs and, when it takes
/// variables, a <c># Variables:</c> line with values that exist in the demo. The answer is <c>200</c>
/// without errors under the default limits (document size, cost, argument caps, rate), and no root
/// field comes back empty (an example that finds nothing teaches nothing).
/// </summary>
[Collection(DemoCollection.Name)]
[Trait("Category", "Integration")]
public sealed partial class ExampleQueryTests(DemoHubFactory hub)
{
    public static TheoryData<string> Examples() => new(Directory
        .GetFiles(Path.Combine(RepoPaths.Root, "schema", "examples"), "*.graphql")
        .Select(Path.GetFileName)
        .Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_runs_with_the_token_its_header_names(string file)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "schema", "examples", file));
        var operations = GraphQLParser.Parser.Parse(text).Definitions.OfType<GraphQLOperationDefinition>().ToList();
        Assert.True(operations.Count == 1, $"{file}: {operations.Count} operations; an example file holds one");
        var header = TokenLine().Match(text);
        Assert.True(header.Success, $"{file}: no '# Token: --role … --gemeente …' line");
        var variables = VariablesLine().Match(text) is { Success: true } v ? JsonNode.Parse(v.Groups[1].Value)!.AsObject() : [];
        foreach (var variable in operations[0].Variables?.Items ?? [])
        {
            Assert.True(
                variable.Type is not GraphQLNonNullType || variables.ContainsKey(variable.Variable.Name.StringValue),
                $"{file}: the required variable ${variable.Variable.Name.StringValue} has no value in '# Variables:'");
        }

        using var client = hub.ClientWithToken(TokenFor(header.Groups[1].Value));
        var data = await client.DataAsync(text, variables);

        foreach (var (field, value) in data.AsObject())
        {
            Assert.False(IsEmpty(value), $"{file}: {field} came back empty on the demo region: {value?.ToJsonString()}");
        }
    }

    /// <summary>A token with the claims of a <c>--role R --gemeente G --regio X</c> argument line.</summary>
    private string TokenFor(string arguments)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(words.Length % 2 == 0, $"'{arguments}': options come in pairs");
        var pairs = words.Chunk(2).Select(p => (Option: p[0], Value: p[1])).ToList();
        Assert.All(pairs, p => Assert.Contains(p.Option, new[] { "--role", "--gemeente", "--regio" }));
        string[] Values(string option) => [.. pairs.Where(p => p.Option == option).Select(p => p.Value)];
        return hub.Tokens.Issue("example-runner", Values("--gemeente"), Values("--role"), Values("--regio"), TimeSpan.FromMinutes(30));
    }

    /// <summary>Null, an empty list, or a connection with no nodes.</summary>
    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject connection when connection["nodes"] is JsonArray nodes => nodes.Count == 0,
        JsonObject connection when connection["totalCount"] is JsonValue count => count.GetValue<int>() == 0,
        _ => false,
    };

    [GeneratedRegex(@"^# Token: (.+)$", RegexOptions.Multiline)]
    private static partial Regex TokenLine();

    [GeneratedRegex(@"^# Variables: (.+)$", RegexOptions.Multiline)]
    private static partial Regex VariablesLine();
}

using GraphQL.Validation;
using Inburgering.Hub.GraphQL;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Schema;

/// <summary>Every example query in schema/examples is valid against the live schema.</summary>
[Collection(RegionCollection.Name)]
[Trait("Category", "Integration")]
public sealed class SchemaExampleTests(RegionFixture hub)
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "schema", "examples"), "*.graphql").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_query_validates_against_the_schema(string file)
    {
        var schema = hub.Services.GetRequiredService<HubSchema>();
        schema.Initialize();
        var document = GraphQLParser.Parser.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "schema", "examples", file)));
        var operation = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().First();

        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = DocumentValidator.CoreRules,
            Variables = SampleVariables(operation),
            Extensions = global::GraphQL.Inputs.Empty,
            RequestServices = hub.Services,
        });

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    /// <summary>A plausible value for every required variable, so only the document itself is judged.</summary>
    private static global::GraphQL.Inputs SampleVariables(GraphQLParser.AST.GraphQLOperationDefinition operation)
    {
        var values = new Dictionary<string, object?>();
        foreach (var variable in operation.Variables?.Items ?? [])
        {
            if (variable.Type is not GraphQLParser.AST.GraphQLNonNullType nonNull)
            {
                continue;
            }

            values[variable.Variable.Name.StringValue] = nonNull.Type switch
            {
                GraphQLParser.AST.GraphQLListType => new List<object?>(),
                GraphQLParser.AST.GraphQLNamedType { Name.StringValue: "Int" } => 1,
                GraphQLParser.AST.GraphQLNamedType { Name.StringValue: "Boolean" } => true,
                GraphQLParser.AST.GraphQLNamedType { Name.StringValue: "Date" } => "2022-01-01",
                _ => "1",
            };
        }

        return new global::GraphQL.Inputs(values);
    }
}

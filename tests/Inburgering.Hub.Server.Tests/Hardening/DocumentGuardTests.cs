using Inburgering.Hub.GraphQL.Http;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Hardening;

/// <summary>The default document limits fit every example query and the standard introspection query.</summary>
public sealed class DocumentGuardTests
{
    private const string Introspection = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "schema", "examples"), "*.graphql"))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_query_is_within_the_default_limits(string example)
    {
        var check = DocumentGuard.Check(File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "examples", example)), new DocumentLimits());

        Assert.Null(check.Refusal);
        Assert.NotNull(check.Document);
    }

    [Fact]
    public void The_standard_introspection_query_is_within_the_default_limits()
    {
        var check = DocumentGuard.Check(Introspection, new DocumentLimits());

        Assert.Null(check.Refusal);
        Assert.NotNull(check.Document);
    }

    [Fact]
    public void A_syntax_error_is_left_to_the_executer()
    {
        var check = DocumentGuard.Check("{ gemeenten { code ", new DocumentLimits());

        Assert.Same(DocumentCheck.SyntaxError, check);
    }
}

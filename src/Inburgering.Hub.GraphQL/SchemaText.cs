using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Inburgering.Hub.GraphQL;

/// <summary>The SDL of the schema as committed in <c>schema/schema.graphql</c>.</summary>
public static class SchemaText
{
    public static string Print(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}

using Inburgering.Hub.GraphQL;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Schema;

/// <summary>The committed SDL matches the live schema.</summary>
[Collection(RegionCollection.Name)]
[Trait("Category", "Integration")]
public sealed class SchemaFileTests(RegionFixture hub)
{
    [Fact]
    public void Committed_schema_is_up_to_date()
    {
        var live = SchemaText.Print(hub.Services.GetRequiredService<HubSchema>());
        var committed = File.ReadAllText(RepoPaths.SchemaFile).ReplaceLineEndings("\n");
        Assert.True(
            string.Equals(live, committed, StringComparison.Ordinal),
            "schema/schema.graphql is out of date with the live schema. Regenerate it with "
            + "`dotnet run --no-launch-profile --project src/Inburgering.Hub.Server -- schema > schema/schema.graphql` and commit the result.");
    }
}

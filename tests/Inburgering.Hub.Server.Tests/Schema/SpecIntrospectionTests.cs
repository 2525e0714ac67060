using Inburgering.Hub.GraphQL.Scalars;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Schema;

/// <summary>
/// The introspection fields of the October 2021 specification that graphql-js's
/// <c>getIntrospectionQuery</c> options ask for answer, with the hub's values.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SpecIntrospectionTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task A_scalar_gives_the_url_it_is_specified_by_and_other_types_null()
    {
        using var client = hub.ClientFor(RegionFixture.Hoorn);

        var data = await client.DataAsync("{ date: __type(name: \"Date\") { specifiedByURL } int: __type(name: \"Int\") { specifiedByURL } object: __type(name: \"Inburgeraar\") { specifiedByURL } }");

        Assert.Equal(DateScalar.SpecificationUrl, data["date"]!["specifiedByURL"].Str());
        Assert.Null(data["int"]!["specifiedByURL"]);
        Assert.Null(data["object"]!["specifiedByURL"]);
    }

    [Fact]
    public async Task Directives_say_whether_they_repeat_and_take_include_deprecated_on_their_arguments()
    {
        using var client = hub.ClientFor(RegionFixture.Hoorn);

        var data = await client.DataAsync("{ __schema { description directives { name isRepeatable args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }");

        Assert.StartsWith("Inburgering.Hub", data["__schema"]!["description"].Str(), StringComparison.Ordinal);
        var directives = data["__schema"]!["directives"].Items().ToDictionary(d => d["name"].Str());
        Assert.False(directives["skip"]["isRepeatable"]!.GetValue<bool>());
        Assert.Equal(["if"], directives["include"]["args"].Items().Select(a => a["name"].Str()));
        Assert.Equal(["url"], directives["specifiedBy"]["args"].Items().Select(a => a["name"].Str()));
        Assert.All(directives.Values.SelectMany(d => d["args"].Items()), a => Assert.False(a["isDeprecated"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Input_fields_and_field_arguments_take_include_deprecated_and_input_types_say_whether_they_are_one_of()
    {
        using var client = hub.ClientFor(RegionFixture.Hoorn);

        var data = await client.DataAsync("{ filter: __type(name: \"InburgeraarFilter\") { isOneOf inputFields(includeDeprecated: true) { name isDeprecated } } query: __type(name: \"Query\") { isOneOf fields { name args(includeDeprecated: true) { name isDeprecated } } } }");

        Assert.False(data["filter"]!["isOneOf"]!.GetValue<bool>());
        Assert.Contains(data["filter"]!["inputFields"].Items(), f => f["name"].Str() == "and");
        Assert.Null(data["query"]!["isOneOf"]);
        var inburgeraars = data["query"]!["fields"].Items().Single(f => f["name"].Str() == "inburgeraars");
        Assert.Contains(inburgeraars["args"].Items(), a => a["name"].Str() == "where");
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;

namespace Inburgering.Hub.Server.Tests.Http;

/// <summary>GraphQL over HTTP: status codes and media types of <c>/graphql</c> and <c>/health</c>.</summary>
[Trait("Category", "Integration")]
public sealed class GraphQLHttpStatusTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Query = "{ gemeenten { code } }";

    [Fact]
    public async Task Anonymous_post_is_401()
    {
        using var client = hub.CreateClient();
        using var response = await client.PostQueryAsync(Query);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_get_is_401()
    {
        using var client = hub.CreateClient();
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(Query));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_is_public()
    {
        using var client = hub.CreateClient();
        using var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_json_is_200_with_graphql_response_media_type()
    {
        using var client = hub.ClientFor("GM0405");
        using var response = await client.PostQueryAsync(Query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLHttp.ResponseMediaType, response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(body["errors"]);
        Assert.Contains("GM0405", body["data"]!["gemeenten"].Items().Select(g => g["code"].Str()));
    }

    [Fact]
    public async Task Get_query_is_200()
    {
        using var client = hub.ClientFor("GM0405");
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(Query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLHttp.ResponseMediaType, response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(7, body["data"]!["gemeenten"].Items().Count);
    }

    [Fact]
    public async Task Get_mutation_is_405_allowing_post()
    {
        using var client = hub.ClientFor("GM0405");
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { x }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        await AssertErrorBodyAsync(response);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_with_allow_header(string method)
    {
        using var client = hub.ClientFor("GM0405");
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql")
        {
            Content = new StringContent($$"""{"query":"{{Query}}"}""", Encoding.UTF8, "application/json"),
        };
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Post_text_plain_is_415()
    {
        using var client = hub.ClientFor("GM0405");
        using var response = await client.PostAsync("/graphql", new StringContent(Query, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_without_content_type_is_415()
    {
        using var client = hub.ClientFor("GM0405");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes($$"""{"query":"{{Query}}"}"""));
        using var response = await client.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Syntax_error_is_400_with_errors()
    {
        using var client = hub.ClientFor("GM0405");
        using var response = await client.PostQueryAsync("{ gemeenten { code }");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertErrorBodyAsync(response);
    }

    [Fact]
    public async Task Validation_error_is_400()
    {
        using var client = hub.ClientFor("GM0405");
        using var response = await client.PostQueryAsync("{ gemeenten { bestaatNiet } }");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertErrorBodyAsync(response);
    }

    [Fact]
    public async Task Validation_error_for_legacy_accept_is_200_application_json()
    {
        using var client = hub.ClientFor("GM0405");
        client.DefaultRequestHeaders.Accept.Clear();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.PostQueryAsync("{ gemeenten { bestaatNiet } }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotEmpty(body["errors"].Items());
    }

    [Fact]
    public async Task Accept_graphql_response_json_is_preferred_over_json()
    {
        using var client = hub.ClientFor("GM0405");
        client.DefaultRequestHeaders.Accept.Clear();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
        using var response = await client.PostQueryAsync("{ gemeenten { bestaatNiet } }");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLHttp.ResponseMediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData("application/json, application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, */*")]
    [InlineData("text/html")]
    public async Task Accepting_anything_or_nothing_is_answered_application_json_with_200(string? accept)
    {
        using var client = hub.ClientFor("GM0405");
        client.DefaultRequestHeaders.Accept.Clear();
        if (accept is not null)
        {
            client.DefaultRequestHeaders.Accept.ParseAdd(accept);
        }

        using var ok = await client.PostQueryAsync(Query);
        using var invalid = await client.PostQueryAsync("{ gemeenten { bestaatNiet } }");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("application/json", ok.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", ok.Content.Headers.ContentType?.CharSet);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Equal("application/json", invalid.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!["errors"].Items());
    }

    [Fact]
    public async Task A_request_that_is_not_graphql_is_answered_in_the_negotiated_media_type()
    {
        using var client = hub.ClientFor("GM0405");
        client.DefaultRequestHeaders.Accept.Clear();
        using var response = await client.PostAsync("/graphql", new StringContent("not json", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("not json")]
    [InlineData("{\"query\": 42}")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[{\"query\": \"{ gemeenten { code } }\"}]")]
    [InlineData("{\"query\": \"{ gemeenten { code } }\", \"variables\": \"{}\"}")]
    [InlineData("{\"query\": \"{ gemeenten { code } }\", \"variables\": [1]}")]
    [InlineData("{\"query\": \"{ gemeenten { code } }\", \"operationName\": 5}")]
    [InlineData("{\"query\": \"{ gemeenten { code } }\", \"extensions\": 1}")]
    [InlineData("{\"query\": \"{ gemeenten { code } }\"} trailing")]
    public async Task Malformed_json_body_is_400(string body)
    {
        using var client = hub.ClientFor("GM0405");
        using var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertErrorBodyAsync(response);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"query\": null}")]
    [InlineData("{\"query\": \"  \"}")]
    [InlineData("{\"operationName\": \"x\"}")]
    public async Task Missing_query_is_400(string body)
    {
        using var client = hub.ClientFor("GM0405");
        using var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertErrorBodyAsync(response);
    }

    [Fact]
    public async Task Get_without_query_is_400()
    {
        using var client = hub.ClientFor("GM0405");
        using var response = await client.GetAsync("/graphql");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertErrorBodyAsync(response);
    }

    [Fact]
    public async Task Get_with_malformed_variables_is_400()
    {
        using var client = hub.ClientFor("GM0405");
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(Query) + "&variables=%7Bnope");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertErrorBodyAsync(response);
    }

    private static async Task AssertErrorBodyAsync(HttpResponseMessage response)
    {
        Assert.Equal(GraphQLHttp.ResponseMediaType, response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotEmpty(body["errors"].Items());
        Assert.All(body["errors"].Items(), e => Assert.False(string.IsNullOrWhiteSpace(e["message"].Str())));
    }
}

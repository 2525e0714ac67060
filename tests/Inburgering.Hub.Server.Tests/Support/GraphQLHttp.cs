using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inburgering.Hub.Server.Tests.Support;

/// <summary>GraphQL-over-HTTP helpers for tests.</summary>
internal static class GraphQLHttp
{
    public const string ResponseMediaType = "application/graphql-response+json";

    /// <summary>POSTs <paramref name="query"/> as JSON.</summary>
    public static Task<HttpResponseMessage> PostQueryAsync(this HttpClient client, string query, object? variables = null) =>
        client.PostAsJsonAsync("/graphql", new { query, variables });

    /// <summary>POSTs <paramref name="query"/>, requires 200 and returns the whole response body.</summary>
    public static async Task<JsonNode> QueryAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostQueryAsync(query, variables);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>POSTs <paramref name="query"/> and returns <c>data</c>, failing on any error.</summary>
    public static async Task<JsonNode> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var body = await client.QueryAsync(query, variables);
        Assert.True(body["errors"] is null, "errors: " + body["errors"]?.ToJsonString());
        return body["data"]!;
    }

    /// <summary>The <c>extensions.code</c> of every error in <paramref name="body"/>.</summary>
    public static IReadOnlyList<string?> ErrorCodes(this JsonNode body) =>
        [.. (body["errors"]?.AsArray() ?? []).Select(e => e?["extensions"]?["code"]?.GetValue<string>())];

    public static IReadOnlyList<JsonNode> Items(this JsonNode? array) =>
        [.. (array?.AsArray() ?? []).Select(n => n!)];

    public static string Str(this JsonNode? node) =>
        node is null ? throw new InvalidOperationException("null node") : node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
}

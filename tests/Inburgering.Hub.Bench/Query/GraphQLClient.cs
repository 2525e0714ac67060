using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Inburgering.Hub.Bench.Query;

/// <summary>GraphQL over HTTP against the in-process hub.</summary>
internal static class GraphQLClient
{
    /// <summary>POSTs <paramref name="query"/> and returns <c>data</c>; throws on a non-success status or any GraphQL error.</summary>
    public static async Task<JsonNode> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        var body = response.IsSuccessStatusCode ? JsonNode.Parse(text) : null;
        if (body?["errors"] is not null || body?["data"] is null)
        {
            throw new InvalidOperationException($"GraphQL request failed ({(int)response.StatusCode}): {text[..Math.Min(text.Length, 2000)]}");
        }

        return body["data"]!;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.GraphQL.Http;

/// <summary>Maps the GraphQL endpoint.</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>Maps <paramref name="pattern"/> (all methods; the handler answers 405 itself) and requires an authenticated caller.</summary>
    public static IEndpointConventionBuilder MapHubGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.Map(pattern, http => http.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(http))
            .RequireAuthorization()
            .WithDisplayName("GraphQL");
}

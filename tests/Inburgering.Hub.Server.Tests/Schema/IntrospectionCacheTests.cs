using System.Security.Claims;
using GraphQL;
using Inburgering.Hub.GraphQL;
using Inburgering.Hub.Reporting.Authorization;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Schema;

/// <summary>
/// The introspection result is executed once per schema and document and then reused (the same result
/// tree is answered again); data requests are never reused. Validation of a reused document:
/// <see cref="IntrospectionCacheLimitTests"/>.
/// </summary>
[Trait("Category", "Integration")]
public sealed class IntrospectionCacheTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task The_standard_introspection_query_is_executed_once_and_then_reused()
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "tests", "Inburgering.Hub.Server.Tests", "Schema", "Introspection", "all-options.graphql"));

        var first = await ExecuteAsync(query, HubRoles.Medewerker);
        var second = await ExecuteAsync(query, HubRoles.Auditor);

        Assert.Null(first.Errors);
        Assert.Null(second.Errors);
        Assert.NotNull(first.Data);
        Assert.Same(first.Data, second.Data);
        Assert.Equal(Serialize(first), Serialize(second));
    }

    [Fact]
    public async Task A_request_with_data_is_executed_every_time()
    {
        const string Query = "{ __schema { queryType { name } } gemeenten { code } }";

        var first = await ExecuteAsync(Query, HubRoles.Medewerker);
        var second = await ExecuteAsync(Query, HubRoles.Medewerker);

        Assert.Null(first.Errors);
        Assert.NotSame(first.Data, second.Data);
    }

    private Task<ExecutionResult> ExecuteAsync(string query, string role) => Execute(hub, query, role);

    /// <summary>Executes <paramref name="query"/> through the hub's executer as a caller with <paramref name="role"/> for Hoorn.</summary>
    internal static async Task<ExecutionResult> Execute(HubFactory hub, string query, string role)
    {
        using var scope = hub.Services.CreateScope();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("role", role), new Claim("gemeente", RegionFixture.Hoorn)], "test", "sub", "role"));
        return await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<HubSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            RequestServices = scope.ServiceProvider,
            User = user,
        });
    }

    private string Serialize(ExecutionResult result) => hub.Services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
}

using GraphQL;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.GraphQL.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.GraphQL;

/// <summary>Access to the request's caller-scoped store and loaders from a resolver.</summary>
internal static class ResolveContextExtensions
{
    /// <summary>The request's <see cref="HubDbContext"/>, already filtered on the caller's gemeenten.</summary>
    public static HubDbContext Db(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<HubDbContext>();

    /// <summary>
    /// The request's aggregate-only store: the caller's own and aggregate-only (regio) gemeenten, for
    /// counts and reports only; its results must go through the cell-key perturbation.
    /// </summary>
    public static AggregateStore Aggregates(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<AggregateStore>();

    public static RequestLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestLoaders>();
}

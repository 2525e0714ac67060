using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Inburgering.Hub.GraphQL.Authorization;
using Inburgering.Hub.GraphQL.Http;
using Inburgering.Hub.GraphQL.Introspection;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Paging;
using Inburgering.Hub.Reporting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inburgering.Hub.GraphQL;

/// <summary>Registers the schema, execution and the HTTP endpoint's services.</summary>
public static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddHubGraphQL(this IServiceCollection services)
    {
        services.AddHubReporting();
        services.AddSingleton(sp =>
            sp.GetRequiredService<IConfiguration>().GetSection(PagingOptions.Section).Get<PagingOptions>() ?? new PagingOptions());
        services.AddSingleton(sp =>
            sp.GetRequiredService<IConfiguration>().GetSection(GraphQLLimits.Section).Get<GraphQLLimits>() ?? new GraphQLLimits());
        services.AddSingleton<CallerLimitsPolicy>();
        services.AddScoped<RequestLoaders>();
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<Operational.ConnectorInfoReader>();
        services.AddGraphQL(b => b
            .AddSchema<HubSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(HubSchema).Assembly)
            .AddValidationRule<RoleAuthorizationRule>(useForCachedDocuments: true)
            .AddValidationRule<ArgumentCapsRule>(useForCachedDocuments: true)
            .AddExecutionStrategy<IntrospectionCachingStrategy>(OperationType.Query)
            .ConfigureExecutionOptions(o =>
            {
                if (o is not HubExecutionOptions { ComplexityPassed: true })
                {
                    o.ValidationRules = (o.ValidationRules ?? DocumentValidator.CoreRules)
                        .Append(CallerComplexityRule.For(o.RequestServices!.GetRequiredService<CallerLimitsPolicy>().For(o.User)));
                }
            })
            .AddErrorInfoProvider((o, sp) => o.ExposeExceptionDetails = sp.GetRequiredService<IHostEnvironment>().IsDevelopment())
            .ConfigureExecutionOptions(o => o.ThrowOnUnhandledException = false));
        return services;
    }
}

using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Coa;
using Inburgering.Hub.Connectors.Duo;
using Inburgering.Hub.Connectors.Taalaanbieder;
using Inburgering.Hub.Connectors.WerkSaam;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.PostgreSql;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.GraphQL;
using Inburgering.Hub.GraphQL.Http;
using Inburgering.Hub.Server.Auth;
using Inburgering.Hub.Server.Reports;
using Inburgering.Hub.Sync;
using Inburgering.Hub.Sync.Configuration;
using Inburgering.Hub.Sync.Scheduling;

namespace Inburgering.Hub.Server.Hosting;

/// <summary>Composes the hub: store, engine, connectors, GraphQL, authentication and endpoints.</summary>
public static class HubApplication
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var services = builder.Services;

        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions());
        services.AddHubAuthentication();
        services.AddHubRateLimiting(builder.Configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<ICallerScope>(sp => ClaimsCallerScope.From(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User, sp.GetRequiredService<GemeenteCatalog>()));
        services.AddHubData();
        services.AddHubPostgreSql();
        services.AddHubSync();
        services.AddHubScheduling(builder.Configuration);
        services.AddHubGraphQL();
        services.AddSingleton<IConnector, CoaConnector>();
        services.AddSingleton<IConnector, TaalaanbiederConnector>();
        services.AddSingleton<IConnector, WerkSaamConnector>();
        services.AddSingleton<IConnector, DuoConnector>();
        services.AddSingleton<HubStartup>();
        services.AddHostedService<HubStartupService>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapHubGraphQL("/graphql");
        app.MapVoortgangsrapportageExport();
        return app;
    }
}

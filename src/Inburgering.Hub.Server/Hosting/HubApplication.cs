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
using Inburgering.Hub.Server.Web;
using Inburgering.Hub.Sync;
using Inburgering.Hub.Sync.Configuration;
using Inburgering.Hub.Sync.Scheduling;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inburgering.Hub.Server.Hosting;

/// <summary>Composes the hub: store, engine, connectors, GraphQL, authentication and endpoints.</summary>
public static class HubApplication
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot(args) });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var services = builder.Services;

        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions());
        services.AddHubAuthentication();
        services.AddBrowserSignIn();
        services.AddHubRateLimiting(builder.Configuration);
        services.AddHubTelemetry(builder.Configuration);
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, SqlStatementCounter>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICallerScope>(sp => ClaimsCallerScope.From(
            sp.GetRequiredService<ClaimMappings>().ToHub(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User),
            sp.GetRequiredService<GemeenteCatalog>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClaimsCallerScope).FullName!)));
        services.AddScoped(sp => ClaimsCallerScope.AuditFrom(
            sp.GetRequiredService<ClaimMappings>().ToHub(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User),
            sp.GetRequiredService<GemeenteCatalog>()));
        services.AddHubData();
        services.AddHubPostgreSql();
        services.AddHubSync();
        services.AddHubScheduling(builder.Configuration);
        services.AddHubGraphQL();
        services.AddSingleton<IConnector, CoaConnector>();
        services.AddSingleton<IConnector, TaalaanbiederConnector>();
        services.AddSingleton<IConnector, WerkSaamConnector>();
        services.AddSingleton<IConnector, DuoConnector>();
        services.AddSingleton<HubSecrets>();
        services.AddSingleton<HubStartup>();
        services.AddSingleton<Operations.HubBackup>();
        services.AddHostedService<HubStartupService>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Health.Ready])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: [Health.Ready]);
        services.AddOptions<HealthCheckServiceOptions>().Configure<AuthOptions>((o, auth) =>
        {
            if (auth.UsesAuthority)
            {
                o.Registrations.Add(new HealthCheckRegistration("authority", sp => ActivatorUtilities.CreateInstance<AuthorityHealthCheck>(sp), null, [Health.Ready]));
            }
        });
        return builder;
    }

    /// <summary>
    /// The folder the settings are read from: the working directory when it holds <c>appsettings.json</c>
    /// (<c>dotnet run --project …</c> runs there), else the folder of the built hub, so
    /// <c>dotnet path/to/Inburgering.Hub.Server.dll token …</c> works from anywhere. <c>--contentRoot</c> wins.
    /// </summary>
    private static string? ContentRoot(string[] args) =>
        args.Any(a => a.Contains("contentRoot", StringComparison.OrdinalIgnoreCase))
        || File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
        || !File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            ? null
            : AppContext.BaseDirectory;

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UseFrontDoorCaching();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseBrowserCsrfProtection();
        app.UseRateLimiter();
        app.UseGraphQLExplorer("/graphql");
        app.UseAuthorization();
        Health.Map(app);
        app.MapFrontDoor();
        app.MapHubGraphQL("/graphql");
        app.MapVoortgangsrapportageExport();
        return app;
    }
}

using Inburgering.Hub.Data.Providers;
using Inburgering.Hub.Data.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inburgering.Hub.Data;

/// <summary>Registers the canonical store.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="HubDbContext"/> (scoped, filtered on the scoped <see cref="ICallerScope"/>,
    /// which defaults to <see cref="CallerScope.Nobody"/>), its <see cref="AggregateStore"/> (scoped)
    /// and <see cref="HubDbContextFactory"/>.
    /// </summary>
    public static IServiceCollection AddHubData(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
            sp.GetRequiredService<IConfiguration>().GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDatabaseProvider, SqliteDatabaseProvider>());
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<DatabaseOptions>();
            var provider = sp.GetServices<IDatabaseProvider>()
                .FirstOrDefault(p => string.Equals(p.Name, options.Provider, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException(
                    $"Hub:Database:Provider '{options.Provider}' is not available. Known: "
                    + string.Join(", ", sp.GetServices<IDatabaseProvider>().Select(p => p.Name)) + ".");
            return new DatabaseEngine(provider, options.ConnectionString);
        });
        services.AddSingleton(sp =>
        {
            var engine = sp.GetRequiredService<DatabaseEngine>();
            engine.Provider.Prepare(engine.ConnectionString);
            var builder = new DbContextOptionsBuilder<HubDbContext>();
            engine.Provider.Configure(builder, engine.ConnectionString);
            builder.UseHubDatabaseProvider(engine.Provider);
            builder.AddInterceptors(sp.GetServices<IInterceptor>());
            builder.AddInterceptors(AggregateOnlyGuard.Instance);
            return builder.Options;
        });
        services.AddSingleton<HubDbContextFactory>();
        services.TryAddScoped<ICallerScope>(_ => CallerScope.Nobody);
        services.AddScoped(sp => sp.GetRequiredService<HubDbContextFactory>().Create(sp.GetRequiredService<ICallerScope>()));
        services.AddScoped(sp => new AggregateStore(sp.GetRequiredService<HubDbContextFactory>(), sp.GetRequiredService<ICallerScope>()));
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }

    /// <summary>
    /// The registered <see cref="IDatabaseProvider"/> called <paramref name="name"/>, for configuration that
    /// happens while services are registered (the scheduler's job store); null when none is registered.
    /// </summary>
    public static IDatabaseProvider? DatabaseProviderNamed(this IServiceCollection services, string name) =>
        services
            .Where(d => d.ServiceType == typeof(IDatabaseProvider) && !d.IsKeyedService)
            .Select(d => d.ImplementationInstance as IDatabaseProvider
                ?? (d.ImplementationType is { } type ? Activator.CreateInstance(type) as IDatabaseProvider : null))
            .FirstOrDefault(p => p is not null && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}

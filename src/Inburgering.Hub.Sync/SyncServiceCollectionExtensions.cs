using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Configuration;
using Inburgering.Hub.Sync.Engine;
using Inburgering.Hub.Sync.Writers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inburgering.Hub.Sync;

/// <summary>Registers the sync engine, its writers, the gemeente catalog and the pseudonymiser.</summary>
public static class SyncServiceCollectionExtensions
{
    public static IServiceCollection AddHubSync(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(configuration.GetSection(SyncOptions.Section).Get<SyncOptions>() ?? new SyncOptions());
        services.AddSingleton(new GemeenteCatalog(configuration.GetSection("Hub:Gemeenten").Get<List<GemeenteOptions>>() ?? []));
        services.AddSingleton(configuration.GetSection(PseudonymisationOptions.Section).Get<PseudonymisationOptions>() ?? new PseudonymisationOptions());
        services.AddSingleton<IPseudonymizer>(sp => new HmacPseudonymizer(sp.GetRequiredService<PseudonymisationOptions>().DecodeKey()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ConnectorCatalog>();
        services.AddSingleton<SyncEngine>();
        services.AddSingleton<GemeenteCatalogWriter>();
        services.AddSingleton<IRecordWriterRegistration, RecordWriterRegistration<KoppelingWriter>>();
        services.AddSingleton<IRecordWriterRegistration, RecordWriterRegistration<TaakstellingWriter>>();
        return services;
    }
}

using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Configuration;
using Inburgering.Hub.Sync.Engine;
using Inburgering.Hub.Sync.Plugins;
using Inburgering.Hub.Sync.Writers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inburgering.Hub.Sync;

/// <summary>Registers the sync engine, its writers, the gemeente catalog and the pseudonymiser.</summary>
public static class SyncServiceCollectionExtensions
{
    /// <summary>Options are read from the final <see cref="IConfiguration"/> when first resolved.</summary>
    public static IServiceCollection AddHubSync(this IServiceCollection services)
    {
        services.AddSingleton(sp => Section<SyncOptions>(sp, SyncOptions.Section) ?? new SyncOptions());
        services.AddSingleton(sp => new GemeenteCatalog(Section<List<GemeenteOptions>>(sp, "Hub:Gemeenten") ?? []));
        services.AddSingleton(sp => Section<PseudonymisationOptions>(sp, PseudonymisationOptions.Section) ?? new PseudonymisationOptions());
        services.AddSingleton<IPseudonymizer>(sp => new HmacPseudonymizer(sp.GetRequiredService<PseudonymisationOptions>().DecodeKey()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => Section<PluginOptions>(sp, PluginOptions.Section) ?? new PluginOptions());
        services.AddSingleton<PluginConnectors>();
        services.AddSingleton<ConnectorCatalog>();
        services.AddSingleton<ConnectorRunLock>();
        services.AddSingleton<AbandonedRuns>();
        services.AddSingleton<SyncEngine>();
        services.AddSingleton<IPostMigrationStep, Journey.JourneyProjectionRebuild>();
        services.AddSingleton<RecordWriters>();
        services.AddSingleton<Archive.RawArchive>();
        services.AddSingleton<Archive.ArchiveRetention>();
        services.AddSingleton<Archive.ProcessedFileRetention>();
        services.AddSingleton<Quarantine.QuarantineService>();
        services.AddSingleton<GemeenteCatalogWriter>();
        services.AddSingleton<IRecordWriterRegistration, RecordWriterRegistration<KoppelingWriter>>();
        services.AddSingleton<IRecordWriterRegistration, RecordWriterRegistration<TaakstellingWriter>>();
        services.AddSingleton<IRecordWriterRegistration, RecordWriterRegistration<ParticipatieWriter>>();
        services.AddSingleton<IRecordWriterRegistration, RecordWriterRegistration<VoortgangWriter>>();
        services.AddSingleton<IRecordWriterRegistration, RecordWriterRegistration<IntakeWriter>>();
        services.AddSingleton<IRecordWriterRegistration, RecordWriterRegistration<UitkeringWriter>>();
        services.AddSingleton<IRecordWriterRegistration, RecordWriterRegistration<OntzorgtrajectWriter>>();
        services.AddSingleton<IRecordWriterRegistration, RecordWriterRegistration<MapTrajectWriter>>();
        services.AddSingleton<IRecordWriterRegistration, RecordWriterRegistration<Writers.Duo.DuoMeldingWriter>>();
        return services;
    }

    private static T? Section<T>(IServiceProvider services, string section) =>
        services.GetRequiredService<IConfiguration>().GetSection(section).Get<T>();
}

using Inburgering.Hub.Reporting.Audit;
using Inburgering.Hub.Reporting.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Inburgering.Hub.Reporting;

/// <summary>Registers the application layer: the voortgangsrapportage, the cell-key method and the audit trail.</summary>
public static class ReportingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="CellKeyOptions"/> (section <c>Hub:Privacy:CellKey</c>), <see cref="CellKeys"/> (resolved
    /// on first use, so a hub without a secret fails only when a figure must be perturbed),
    /// <see cref="VoortgangsrapportageService"/>, <see cref="AuditTrail"/> and its <see cref="AuditWriter"/>.
    /// Idempotent: a second call adds nothing.
    /// </summary>
    public static IServiceCollection AddHubReporting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(VoortgangsrapportageService)))
        {
            return services;
        }

        services.AddSingleton(sp =>
            sp.GetRequiredService<IConfiguration>().GetSection(CellKeyOptions.Section).Get<CellKeyOptions>() ?? new CellKeyOptions());
        services.TryAddSingleton(sp => new CellKeys(
            sp.GetRequiredService<CellKeyOptions>().DecodeSecret(sp.GetRequiredService<IHostEnvironment>().IsDevelopment()), PerturbationTable.Default));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditTrail>();
        services.AddHostedService<AuditWriter>();
        services.AddSingleton(sp => new VoortgangsrapportageService(new Lazy<CellKeys>(sp.GetRequiredService<CellKeys>)));
        return services;
    }
}

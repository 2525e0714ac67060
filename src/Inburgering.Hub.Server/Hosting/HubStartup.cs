using Inburgering.Hub.Data;
using Inburgering.Hub.Server.Auth;
using Inburgering.Hub.Sync.Configuration;

namespace Inburgering.Hub.Server.Hosting;

/// <summary>
/// Start-up checks and preparation: refuses to start without token validation or a
/// pseudonymisation key (with a message that says what to set), migrates the store and mirrors the
/// configured gemeenten into it.
/// </summary>
public sealed class HubStartup(
    IHostEnvironment environment,
    AuthOptions auth,
    PseudonymisationOptions pseudonymisation,
    DatabaseOptions database,
    DatabaseMigrator migrator,
    GemeenteCatalogWriter gemeenten)
{
    /// <summary>
    /// Throws <see cref="InvalidOperationException"/> with a clear message when a secret is missing, or,
    /// outside Development, when a committed development key or the symmetric token mode is configured
    /// (see <see cref="AuthOptions.ValidateOutsideDevelopment"/>).
    /// </summary>
    public void ValidateSecrets()
    {
        auth.Validate();
        _ = pseudonymisation.DecodeKey();
        if (environment.IsDevelopment())
        {
            return;
        }

        auth.ValidateOutsideDevelopment(environment.EnvironmentName);
        if (DevelopmentKeys.IsDevelopmentKey(pseudonymisation.Key))
        {
            throw new InvalidOperationException(
                $"Hub:Pseudonymisation:Key is the committed development key, which protects nothing outside Development (environment '{environment.EnvironmentName}'). "
                + "Set Hub__Pseudonymisation__Key to a secret of at least 32 bytes (e.g. 'base64:' + the output of openssl rand -base64 32).");
        }
    }

    public async Task PrepareStoreAsync(CancellationToken cancellationToken)
    {
        if (database.MigrateOnStart)
        {
            await migrator.MigrateAsync(cancellationToken);
        }

        await gemeenten.WriteAsync(cancellationToken);
    }
}

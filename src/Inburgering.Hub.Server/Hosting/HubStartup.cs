using Inburgering.Hub.Data;
using Inburgering.Hub.GraphQL.Privacy;
using Inburgering.Hub.Server.Auth;
using Inburgering.Hub.Sync.Configuration;

namespace Inburgering.Hub.Server.Hosting;

/// <summary>
/// Start-up checks and preparation: refuses to start without token validation, a pseudonymisation key
/// or a cell-key secret (the published development secret only in Development), with a message that says
/// what to set; migrates the store and mirrors the
/// configured gemeenten into it.
/// </summary>
public sealed class HubStartup(
    AuthOptions auth,
    PseudonymisationOptions pseudonymisation,
    CellKeyOptions cellKey,
    IHostEnvironment environment,
    DatabaseOptions database,
    DatabaseMigrator migrator,
    GemeenteCatalogWriter gemeenten)
{
    /// <summary>Throws <see cref="InvalidOperationException"/> with a clear message when a secret is missing.</summary>
    public void ValidateSecrets()
    {
        auth.Validate();
        _ = pseudonymisation.DecodeKey();
        _ = cellKey.DecodeSecret(environment.IsDevelopment());
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

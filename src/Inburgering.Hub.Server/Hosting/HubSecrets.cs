using Inburgering.Hub.Reporting.Privacy;
using Inburgering.Hub.Server.Auth;
using Inburgering.Hub.Sync.Configuration;

namespace Inburgering.Hub.Server.Hosting;

/// <summary>
/// The secrets the hub needs before it serves: token validation, a pseudonymisation key and a cell-key
/// secret; outside Development none of them may be a committed development value.
/// </summary>
public sealed class HubSecrets(
    IHostEnvironment environment,
    AuthOptions auth,
    PseudonymisationOptions pseudonymisation,
    CellKeyOptions cellKey)
{
    /// <summary>
    /// Throws <see cref="InvalidOperationException"/> with a clear message when a secret is missing, or,
    /// outside Development, when a committed development key or the symmetric token mode is configured
    /// (see <see cref="AuthOptions.ValidateOutsideDevelopment"/>).
    /// </summary>
    public void Validate()
    {
        auth.Validate();
        _ = pseudonymisation.DecodeKey();
        _ = cellKey.DecodeSecret(environment.IsDevelopment());
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

}

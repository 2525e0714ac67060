using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inburgering.Hub.Server.Auth;

/// <summary>
/// <c>/health/ready</c> entry <c>authority</c> (only with <c>Hub:Auth:Authority</c>): asks the OpenID
/// Connect provider for its discovery document and keys, at most every
/// <see cref="AuthOptions.HealthProbeInterval"/>. Healthy: it answers. Degraded (still <c>200</c>): it does
/// not answer but keys fetched before are in use. Unhealthy (<c>503</c>): no keys, so no token can be
/// checked and every request gets <c>503</c>.
/// </summary>
internal sealed class AuthorityHealthCheck(AuthorityMetadata metadata, AuthOptions options, TimeProvider time) : IHealthCheck
{
    private DateTimeOffset _probedAt = DateTimeOffset.MinValue;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (time.GetUtcNow() - _probedAt >= options.HealthProbeInterval)
        {
            _probedAt = time.GetUtcNow();
            await metadata.ProbeAsync(cancellationToken);
        }

        var fetched = metadata.FetchedAt is { } at ? at.ToString("u", System.Globalization.CultureInfo.InvariantCulture) : null;
        return metadata.LastFailure switch
        {
            null => HealthCheckResult.Healthy($"{options.Authority} answers; {metadata.KeyCount} signing keys, fetched {fetched}."),
            var (since, reason) when metadata.HasKeys => HealthCheckResult.Degraded(
                $"{options.Authority} cannot be reached since {since.ToString("u", System.Globalization.CultureInfo.InvariantCulture)} ({reason}); "
                + $"tokens are checked with the {metadata.KeyCount} keys fetched {fetched}, tokens signed with another key get 503."),
            var (_, reason) => HealthCheckResult.Unhealthy(
                $"{options.Authority} cannot be reached ({reason}) and no keys were fetched before: no token can be checked, requests get 503."),
        };
    }
}

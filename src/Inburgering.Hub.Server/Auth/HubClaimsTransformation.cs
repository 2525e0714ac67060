using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace Inburgering.Hub.Server.Auth;

/// <summary>
/// Which <see cref="ClaimMapping"/> reads a principal: tokens the hub minted itself (symmetric mode, the
/// hub's own issuer) carry the hub's claim names; everything else — provider tokens, a browser sign-in —
/// is read with the configured <c>Hub:Auth:Claims</c>.
/// </summary>
public sealed class ClaimMappings(AuthOptions options, ClaimMappingOptions configured, ILogger<ClaimMapping> logger)
{
    public ClaimMapping Configured { get; } = new(configured, logger);

    public ClaimMapping Native { get; } = ClaimMapping.Native(logger);

    /// <summary>The mapping for <paramref name="user"/> (see the class summary).</summary>
    public ClaimMapping For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !options.UsesAuthority && !string.IsNullOrWhiteSpace(options.SigningKey) && user.FindFirst("iss")?.Value == options.Issuer
            ? Native
            : Configured;
    }

    /// <summary><paramref name="user"/> with the hub's claims (<see cref="ClaimMapping.ToHubPrincipal"/>); null stays null.</summary>
    public ClaimsPrincipal? ToHub(ClaimsPrincipal? user) => user is null ? null : For(user).ToHubPrincipal(user);
}

/// <summary>
/// Applies <see cref="ClaimMappings"/> to every authenticated principal (ASP.NET Core runs claims
/// transformations after each authentication handler: bearer tokens and cookie sign-ins alike), so the
/// role checks, the caller scope and the audit all read the hub's claims.
/// </summary>
internal sealed class HubClaimsTransformation(ClaimMappings mappings) : IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal) => Task.FromResult(mappings.ToHub(principal)!);
}

namespace Inburgering.Hub.Server.Auth;

/// <summary>
/// Configuration <c>Hub:Auth</c>. Production: <see cref="Authority"/> (OpenID Connect issuer, keys
/// from its discovery document) and <see cref="Audience"/>. Development: a symmetric
/// <see cref="SigningKey"/> so the <c>token</c> CLI verb can mint tokens.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Hub:Auth";

    public string? Authority { get; set; }

    public string Audience { get; set; } = "inburgering-hub";

    /// <summary>Issuer of locally minted tokens (development).</summary>
    public string Issuer { get; set; } = "inburgering-hub";

    /// <summary>HMAC-SHA256 key (≥ 32 bytes) for locally minted tokens. Never set this in a committed file outside Development.</summary>
    public string? SigningKey { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// How long after its expiry (and before its not-before) a token is still accepted, for clocks that
    /// differ between the issuer and the hub. Default 30 s; <c>Hub:Auth:ClockSkew</c> (<c>hh:mm:ss</c>), 0 to 5 minutes.
    /// </summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Outside Development the symmetric <see cref="SigningKey"/> mode is refused (anyone holding the key
    /// can mint tokens for every gemeente) unless this is <c>true</c> (<c>Hub:Auth:AllowSigningKeyOutsideDevelopment</c>),
    /// e.g. for an isolated test environment. The committed development keys are refused regardless.
    /// </summary>
    public bool AllowSigningKeyOutsideDevelopment { get; set; }

    /// <summary>
    /// Issuers accepted besides the one in the provider's discovery document (<c>Hub:Auth:ValidIssuers</c>),
    /// e.g. Entra ID's v1 issuer <c>https://sts.windows.net/{tenant}/</c> for v1 access tokens. Usually empty.
    /// </summary>
    public IList<string>? ValidIssuers { get; set; }

    /// <summary>How often the provider's discovery document and keys are fetched again (<c>Hub:Auth:MetadataRefreshInterval</c>, default 12 h, at least 1 minute).</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// The least time between two fetches caused by tokens with an unknown key id (the provider rotated its
    /// keys): <c>Hub:Auth:KeyRefreshInterval</c>, default 5 minutes, at least 1 second.
    /// </summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often <c>/health/ready</c> asks the provider again (<c>Hub:Auth:HealthProbeInterval</c>, default 15 s; 0: every time).</summary>
    public TimeSpan HealthProbeInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Where roles, gemeenten and regio are in the provider's tokens (<c>Hub:Auth:Claims</c>, <see cref="ClaimMappingOptions"/>).</summary>
    public ClaimMappingOptions Claims { get; set; } = new();

    /// <summary>True when tokens come from an OpenID Connect provider (<see cref="Authority"/> set).</summary>
    public bool UsesAuthority => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>Throws a message that says what to configure when neither mode is configured.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Authority) && string.IsNullOrWhiteSpace(SigningKey))
        {
            throw new InvalidOperationException(
                "No token validation is configured. Set Hub:Auth:Authority and Hub:Auth:Audience (OpenID Connect; "
                + "environment Hub__Auth__Authority / Hub__Auth__Audience), or for local use Hub:Auth:SigningKey "
                + "(at least 32 bytes, environment Hub__Auth__SigningKey).");
        }

        if (!string.IsNullOrWhiteSpace(SigningKey) && System.Text.Encoding.UTF8.GetByteCount(SigningKey) < 32)
        {
            throw new InvalidOperationException("Hub:Auth:SigningKey must be at least 32 bytes.");
        }

        if (ClockSkew < TimeSpan.Zero || ClockSkew > TimeSpan.FromMinutes(5))
        {
            throw new InvalidOperationException($"Hub:Auth:ClockSkew is {ClockSkew}; it must lie between 00:00:00 and 00:05:00.");
        }

        if (UsesAuthority && (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http")))
        {
            throw new InvalidOperationException($"Hub:Auth:Authority '{Authority}' is not an absolute http(s) URL: set the provider's issuer, e.g. https://login.microsoftonline.com/<tenant>/v2.0.");
        }

        if (MetadataRefreshInterval < TimeSpan.FromMinutes(1))
        {
            throw new InvalidOperationException($"Hub:Auth:MetadataRefreshInterval is {MetadataRefreshInterval}; it must be at least 00:01:00.");
        }

        if (KeyRefreshInterval < TimeSpan.FromSeconds(1))
        {
            throw new InvalidOperationException($"Hub:Auth:KeyRefreshInterval is {KeyRefreshInterval}; it must be at least 00:00:01.");
        }

        if (HealthProbeInterval < TimeSpan.Zero)
        {
            throw new InvalidOperationException($"Hub:Auth:HealthProbeInterval is {HealthProbeInterval}; it must not be negative.");
        }

        Claims.Validate();
    }

    /// <summary>
    /// The checks that apply outside Development: no committed development key, and no symmetric
    /// signing key unless <see cref="AllowSigningKeyOutsideDevelopment"/>. Throws
    /// <see cref="InvalidOperationException"/> naming the variable to set.
    /// </summary>
    public void ValidateOutsideDevelopment(string environment)
    {
        if (string.IsNullOrWhiteSpace(SigningKey))
        {
            return;
        }

        if (DevelopmentKeys.IsDevelopmentKey(SigningKey))
        {
            throw new InvalidOperationException(
                $"Hub:Auth:SigningKey is the committed development key, which protects nothing outside Development (environment '{environment}'). "
                + "Configure your OpenID Connect provider with Hub__Auth__Authority and Hub__Auth__Audience, and leave Hub__Auth__SigningKey unset.");
        }

        if (!AllowSigningKeyOutsideDevelopment)
        {
            throw new InvalidOperationException(
                $"Hub:Auth:SigningKey (symmetric tokens) is for Development only and the environment is '{environment}'. "
                + "Configure your OpenID Connect provider with Hub__Auth__Authority and Hub__Auth__Audience and unset Hub__Auth__SigningKey, "
                + "or, for an isolated test environment, set Hub__Auth__AllowSigningKeyOutsideDevelopment=true.");
        }
    }
}

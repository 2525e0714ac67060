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
    }
}

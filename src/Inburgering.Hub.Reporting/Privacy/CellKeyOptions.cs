namespace Inburgering.Hub.Reporting.Privacy;

/// <summary>
/// Configuration <c>Hub:Privacy:CellKey</c>: the secret of the cell-key method (<see cref="CellKeys"/>).
/// Like the pseudonymisation key it is a secret: set it through the environment
/// (<c>Hub__Privacy__CellKey__Secret</c>) or a secret store, never in a committed file outside Development.
/// Whoever knows it can recompute the noise of every published figure.
/// </summary>
public sealed class CellKeyOptions
{
    public const string Section = "Hub:Privacy:CellKey";

    /// <summary>The development-only secret of <c>appsettings.Development.json</c>; refused in any other environment.</summary>
    public const string DevelopmentSecret = "dev-only-cell-key-secret-inburgering-hub-not-a-secret";

    /// <summary>At least 32 bytes: base64 (<c>base64:…</c>) or plain text of at least 32 characters.</summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Decodes <see cref="Secret"/>; throws <see cref="InvalidOperationException"/> with what to set when it is
    /// missing, shorter than 32 bytes, or the published development secret outside Development.
    /// </summary>
    public byte[] DecodeSecret(bool development)
    {
        if (string.IsNullOrWhiteSpace(Secret))
        {
            throw new InvalidOperationException(
                "No cell-key secret is configured. Set Hub:Privacy:CellKey:Secret (environment variable "
                + "Hub__Privacy__CellKey__Secret) to a secret of at least 32 bytes, e.g. 'base64:' + 32 random bytes "
                + "in base64 (openssl rand -base64 32), different from the pseudonymisation key. Regio aggregates are perturbed with it.");
        }

        if (!development && string.Equals(Secret, DevelopmentSecret, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                "Hub:Privacy:CellKey:Secret is the published development secret; outside Development set your own (Hub__Privacy__CellKey__Secret).");
        }

        var bytes = Secret.StartsWith("base64:", StringComparison.Ordinal)
            ? Convert.FromBase64String(Secret["base64:".Length..])
            : System.Text.Encoding.UTF8.GetBytes(Secret);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException($"{Section}:Secret is {bytes.Length} bytes; at least 32 bytes are required.");
        }

        return bytes;
    }
}

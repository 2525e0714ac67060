namespace Inburgering.Hub.Sync.Configuration;

/// <summary>
/// Configuration <c>Hub:Pseudonymisation</c>. The key is a secret: set it through the environment
/// (<c>Hub__Pseudonymisation__Key</c>) or a secret store, never in a file in the repository.
/// </summary>
public sealed class PseudonymisationOptions
{
    public const string Section = "Hub:Pseudonymisation";

    /// <summary>At least 32 bytes: base64 (<c>base64:…</c>) or plain text of at least 32 characters.</summary>
    public string? Key { get; set; }

    /// <summary>Decodes <see cref="Key"/>; throws a message that says how to fix a missing or short key.</summary>
    public byte[] DecodeKey()
    {
        if (string.IsNullOrWhiteSpace(Key))
        {
            throw new InvalidOperationException(
                "No pseudonymisation key is configured. Set Hub:Pseudonymisation:Key (environment variable "
                + "Hub__Pseudonymisation__Key) to a secret of at least 32 bytes, e.g. 'base64:' + 32 random bytes "
                + "in base64 (openssl rand -base64 32). The hub refuses to ingest BSNs without it.");
        }

        var bytes = Key.StartsWith("base64:", StringComparison.Ordinal)
            ? Convert.FromBase64String(Key["base64:".Length..])
            : System.Text.Encoding.UTF8.GetBytes(Key);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException(
                $"Hub:Pseudonymisation:Key is {bytes.Length} bytes; at least 32 bytes are required.");
        }

        return bytes;
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Inburgering.Hub.Domain.Values;

/// <summary>
/// HMAC-SHA256 pseudonyms. BSN and V-nummer are hashed in separate domains ("bsn:", "vnr:") so a
/// V-nummer can never collide with a BSN. Output: lowercase hex, 64 characters.
/// </summary>
public sealed class HmacPseudonymizer : IPseudonymizer
{
    private readonly byte[] _key;

    public HmacPseudonymizer(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32)
        {
            throw new ArgumentException("The pseudonymisation key must be at least 32 bytes.", nameof(key));
        }

        _key = (byte[])key.Clone();
    }

    public string ForBsn(string bsn) => Hash("bsn:", bsn);

    public string ForVNummer(string vNummer) => Hash("vnr:", vNummer);

    private string Hash(string domain, string value)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(domain + value), mac);
        return Convert.ToHexStringLower(mac);
    }
}

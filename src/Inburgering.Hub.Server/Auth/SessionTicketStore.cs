using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;

namespace Inburgering.Hub.Server.Auth;

/// <summary>
/// The server side of a browser session (backend-for-frontend): the cookie carries only a random session key
/// (256 bits); the sign-in's claims and tokens stay in <see cref="IDistributedCache"/>, encrypted with Data
/// Protection. Signing out removes the entry, so a copied cookie is worthless afterwards (OWASP Session
/// Management: server-side invalidation). An entry lives at most <see cref="BrowserSignInOptions.SessionLifetime"/>
/// without use (sliding) and never longer than <see cref="BrowserSignInOptions.MaxSessionLifetime"/> after the
/// sign-in (absolute), whatever the cookie says. The cache is the process's memory unless the host registers a
/// shared <see cref="IDistributedCache"/> (several nodes behind one address need one).
/// </summary>
public sealed class SessionTicketStore(IDistributedCache cache, IDataProtectionProvider protection, BrowserSignInOptions options, TimeProvider time) : ITicketStore
{
    private const string KeyPrefix = "hub.sessie:";

    /// <summary>The <see cref="AuthenticationProperties.Items"/> entry with the moment of sign-in (round-trip "O" format).</summary>
    public const string SignedInItem = ".hub.aangemeld";

    private readonly IDataProtector _protector = protection.CreateProtector("Inburgering.Hub.Server.Auth.SessionTicketStore.v1");

    /// <inheritdoc />
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var key = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        await RenewAsync(key, ticket);
        return key;
    }

    /// <inheritdoc />
    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    /// <inheritdoc />
    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var now = time.GetUtcNow();
        var signedIn = SignedInAt(ticket.Properties) ?? now;
        ticket.Properties.Items[SignedInItem] = signedIn.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var end = signedIn + options.MaxSessionLifetime;
        if (end <= now)
        {
            await cache.RemoveAsync(KeyPrefix + key, cancellationToken);
            return;
        }

        var bytes = _protector.Protect(TicketSerializer.Default.Serialize(ticket));
        await cache.SetAsync(KeyPrefix + key, bytes, new DistributedCacheEntryOptions { AbsoluteExpiration = end, SlidingExpiration = options.SessionLifetime }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    /// <inheritdoc />
    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(KeyPrefix + key, cancellationToken);
        if (bytes is null)
        {
            return null;
        }

        AuthenticationTicket? ticket;
        try
        {
            ticket = TicketSerializer.Default.Deserialize(_protector.Unprotect(bytes));
        }
        catch (CryptographicException)
        {
            return null; // keys rotated away or a foreign entry: no session
        }

        return ticket is null || Expired(ticket.Properties, time.GetUtcNow(), options.MaxSessionLifetime) ? null : ticket;
    }

    /// <inheritdoc />
    public Task RemoveAsync(string key) => cache.RemoveAsync(KeyPrefix + key);

    /// <inheritdoc />
    public Task RemoveAsync(string key, CancellationToken cancellationToken) => cache.RemoveAsync(KeyPrefix + key, cancellationToken);

    /// <summary>True when the session signed in more than <paramref name="maxLifetime"/> before <paramref name="now"/> (or carries no sign-in moment).</summary>
    public static bool Expired(AuthenticationProperties properties, DateTimeOffset now, TimeSpan maxLifetime)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var signedIn = SignedInAt(properties);
        return signedIn is null || now - signedIn.Value >= maxLifetime;
    }

    private static DateTimeOffset? SignedInAt(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SignedInItem, out var value)
        && DateTimeOffset.TryParseExact(value, "O", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;
}

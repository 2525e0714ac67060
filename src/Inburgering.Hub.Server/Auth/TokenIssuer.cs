using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Inburgering.Hub.Server.Auth;

/// <summary>Mints tokens with the configured development signing key (the <c>token</c> verb).</summary>
public sealed class TokenIssuer(AuthOptions options, TimeProvider time)
{
    public string Issue(string subject, IEnumerable<string> gemeenten, IEnumerable<string> roles, IEnumerable<string> regios, TimeSpan lifetime)
    {
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            throw new InvalidOperationException(
                "Hub:Auth:SigningKey is not configured: tokens are minted only with a local signing key (Development). "
                + "In production tokens come from your OpenID Connect provider.");
        }

        var claims = new List<Claim> { new(HubClaims.Subject, subject) };
        claims.AddRange(gemeenten.Select(g => new Claim(HubClaims.Gemeente, g)));
        claims.AddRange(roles.Select(r => new Claim(HubClaims.Role, r)));
        claims.AddRange(regios.Select(r => new Claim(HubClaims.Regio, r)));
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = options.Issuer,
            Audience = options.Audience,
            NotBefore = now,
            IssuedAt = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(SigningKey(options), SecurityAlgorithms.HmacSha256),
        });
    }

    internal static SymmetricSecurityKey SigningKey(AuthOptions options) =>
        new(Encoding.UTF8.GetBytes(options.SigningKey!));
}

using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Inburgering.Hub.Server.Auth;

/// <summary>
/// The body of a <c>401</c>: a JSON object in the GraphQL error shape
/// (<c>{"errors":[{"message":…,"extensions":{"code":"UNAUTHENTICATED"}}]}</c>) that says what is wrong
/// with the request's credentials — none, expired, or not valid — and how to get a token (the
/// <c>token</c> verb when the hub signs its own tokens, else the OpenID Connect provider). The
/// <c>WWW-Authenticate: Bearer</c> header (RFC 6750) is kept; a token's details never reach the body.
/// </summary>
internal static class ChallengeResponse
{
    /// <summary>The extension code of every <c>401</c> answer.</summary>
    public const string Code = "UNAUTHENTICATED";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The extension code of a <c>503</c> because the OpenID Connect provider cannot be reached.</summary>
    public const string UnavailableCode = "AUTHORITY_UNAVAILABLE";

    /// <summary>The extension code of a <c>403</c> for a token that maps to no hub role.</summary>
    public const string ForbiddenCode = "FORBIDDEN";

    public static async Task WriteAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var response = context.Response;
        if (context.AuthenticateFailure is not null && Unavailable(context.HttpContext.RequestServices, context.AuthenticateFailure) is { } unavailable)
        {
            // The token may be fine; the hub cannot check it. Never let it in, say so and when to retry.
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.Headers.RetryAfter = "30";
            await WriteBodyAsync(response, unavailable, UnavailableCode, context.HttpContext.RequestAborted);
            return;
        }

        var (error, message) = Describe(context);
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = error is null ? "Bearer" : $"Bearer error=\"{error}\"";
        response.ContentType = "application/json; charset=utf-8";

        var hint = string.IsNullOrWhiteSpace(context.HttpContext.RequestServices.GetRequiredService<AuthOptions>().Authority)
            ? "This hub signs its own development tokens: mint one with 'dotnet run --project src/Inburgering.Hub.Server -- token --gemeente GM0405 --role medewerker' (see the README)."
            : "Get one from the OpenID Connect provider this hub trusts (Hub:Auth:Authority), for its audience.";
        await WriteBodyAsync(response, $"{message} {hint}", Code, context.HttpContext.RequestAborted);
    }

    /// <summary>
    /// The body of a <c>403</c> from the default policy: the token is valid but gives no hub role, after
    /// the claim mapping (<c>Hub:Auth:Claims</c>).
    /// </summary>
    public static Task WriteForbiddenAsync(ForbiddenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return WriteForbiddenAsync(context.HttpContext);
    }

    /// <summary>
    /// The same <c>403</c> body for any authenticated request without a hub role: bearer requests
    /// (<see cref="WriteForbiddenAsync(ForbiddenContext)"/>) and browser sessions (the session cookie's access-denied event).
    /// </summary>
    public static Task WriteForbiddenAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var response = http.Response;
        response.StatusCode = StatusCodes.Status403Forbidden;
        return WriteBodyAsync(
            response,
            "The token (or browser sign-in) is valid but gives no role in this hub (medewerker, analist, beheerder or auditor), so it may not use it. "
            + "Ask your identity provider's administrator for a role; they map the provider's roles or groups to the hub's in Hub:Auth:Claims.",
            ForbiddenCode,
            http.RequestAborted);
    }

    private static Task WriteBodyAsync(HttpResponse response, string message, string code, CancellationToken cancel)
    {
        response.ContentType = "application/json; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        return response.WriteAsync(JsonSerializer.Serialize(body, Json), cancel);
    }

    /// <summary>Why tokens cannot be checked now (the provider's keys cannot be had), or null.</summary>
    private static string? Unavailable(IServiceProvider services, Exception failure)
    {
        var options = services.GetRequiredService<AuthOptions>();
        if (!options.UsesAuthority)
        {
            return null;
        }

        var metadata = services.GetRequiredService<AuthorityMetadata>();
        if (!metadata.HasKeys)
        {
            return $"The identity provider ({options.Authority}) cannot be reached, so this hub cannot check any token now ({metadata.LastFailure?.Reason ?? "no keys yet"}). Try again later; see /health/ready.";
        }

        // Keys are cached but the provider went away: a token signed with a key the cache does not hold
        // (a rotation the hub has not seen) cannot be checked either.
        return failure is SecurityTokenSignatureKeyNotFoundException && metadata.LastFailure is { } last && last.At >= (metadata.FetchedAt ?? DateTimeOffset.MinValue)
            ? $"The identity provider ({options.Authority}) cannot be reached ({last.Reason}); tokens signed with the keys fetched before are still accepted, this one could not be checked. Try again later; see /health/ready."
            : null;
    }

    private static (string? Error, string Message) Describe(JwtBearerChallengeContext context) => context.AuthenticateFailure switch
    {
        null => (null, "This request needs a bearer token: send the header 'Authorization: Bearer <token>'."),
        SecurityTokenExpiredException => ("invalid_token", "The bearer token has expired: get a new one."),
        _ => ("invalid_token", "The bearer token is not valid for this hub (signature, issuer or audience): get a new one."),
    };
}

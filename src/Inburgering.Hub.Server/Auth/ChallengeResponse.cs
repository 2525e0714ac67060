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

    public static async Task WriteAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var response = context.Response;
        var (error, message) = Describe(context);
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = error is null ? "Bearer" : $"Bearer error=\"{error}\"";
        response.ContentType = "application/json; charset=utf-8";

        var hint = string.IsNullOrWhiteSpace(context.HttpContext.RequestServices.GetRequiredService<AuthOptions>().Authority)
            ? "This hub signs its own development tokens: mint one with 'dotnet run --project src/Inburgering.Hub.Server -- token --gemeente GM0405 --role medewerker' (see the README)."
            : "Get one from the OpenID Connect provider this hub trusts (Hub:Auth:Authority), for its audience.";
        var body = new { errors = new[] { new { message = $"{message} {hint}", extensions = new { code = Code } } } };
        await response.WriteAsync(JsonSerializer.Serialize(body, Json), context.HttpContext.RequestAborted);
    }

    private static (string? Error, string Message) Describe(JwtBearerChallengeContext context) => context.AuthenticateFailure switch
    {
        null => (null, "This request needs a bearer token: send the header 'Authorization: Bearer <token>'."),
        SecurityTokenExpiredException => ("invalid_token", "The bearer token has expired: get a new one."),
        _ => ("invalid_token", "The bearer token is not valid for this hub (signature, issuer or audience): get a new one."),
    };
}
